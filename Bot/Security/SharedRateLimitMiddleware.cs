using Bot.Infrastructure.Redis;
using Microsoft.Extensions.Options;

namespace Bot.Security;

/// <summary>
/// The abuse limits of <see cref="AbuseRateLimiting"/> (per IP, then per user or conversation) counted in a shared
/// <see cref="IRateLimitCounter"/>. If the counter's store is down the request is let through and a warning logged:
/// a Redis outage must not lock every citizen out.
/// </summary>
internal sealed class SharedRateLimitMiddleware(RequestDelegate next, IRateLimitCounter counter, IOptions<LimitsOptions> options, ILogger<SharedRateLimitMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        if (limits.RateLimitingEnabled)
        {
            foreach (var (partition, permits) in AbuseRateLimiting.Partitions(context, limits))
            {
                RateLimitWindow window;
                try
                {
                    window = await counter.HitAsync(partition, AbuseRateLimiting.Window, context.RequestAborted);
                }
                catch (StateStorageUnavailableException ex)
                {
                    logger.LogWarning(ex, "Rate limit not checked: the shared counter store is unavailable");
                    break;
                }

                if (window.Count > permits)
                {
                    context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    await AbuseRateLimiting.WriteRejectionAsync(context.Response, window.ResetsIn, context.RequestAborted);
                    return;
                }
            }
        }

        await next(context);
    }
}
