using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Bot.Security;

/// <summary>
/// One global limiter chained from two: every request counts against its client IP, and requests on chat
/// endpoints that name a user or conversation also count against that partition. Fixed one-minute windows, no queue.
/// </summary>
internal static class AbuseRateLimiting
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static void Configure(RateLimiterOptions options, LimitsOptions limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = OnRejectedAsync;
        if (!limits.RateLimitingEnabled)
        {
            return;
        }

        var perIp = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RequestPartitions.StartsWithAny(context.Request.Path, limits.IpExemptPaths)
                ? RateLimitPartition.GetNoLimiter("exempt")
                : RateLimitPartition.GetFixedWindowLimiter("ip:" + RequestPartitions.IpKey(context), _ => WindowOf(limits.PermitPerMinutePerIp)));

        var perUser = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RequestPartitions.UserKey(context) is { } user
                ? RateLimitPartition.GetFixedWindowLimiter(user, _ => WindowOf(limits.PermitPerMinutePerUser))
                : RateLimitPartition.GetNoLimiter("anonymous"));

        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perIp, perUser);
    }

    private static FixedWindowRateLimiterOptions WindowOf(int permits) => new()
    {
        PermitLimit = permits,
        Window = Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString();
        await response.WriteAsJsonAsync(new RefusalBody("too_many_requests", AbuseMessages.Instance.TooManyRequests(seconds)), cancellationToken);
    }
}
