using System.Buffers;
using Bot.Infrastructure.Redis;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Bot.Security;

/// <summary>
/// Runs before the rate limiter. Refuses bodies over <see cref="LimitsOptions.MaxRequestBodyBytes"/> with a clean
/// 413 (declared length, or counted while reading a chunked body), and on chat endpoints buffers the (small) body
/// to learn which user or conversation it belongs to, so the per-user limit can apply.
/// </summary>
internal sealed class RequestGuardMiddleware(RequestDelegate next, IOptions<LimitsOptions> options, ILogger<RequestGuardMiddleware> logger)
{
    private readonly LimitsOptions _limits = options.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var max = _limits.MaxRequestBodyBytes;
        if (request.ContentLength > max)
        {
            await RefuseTooLargeAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = max;
        }

        // Only sent messages count per user: reads (Direct Line polling, reconnects) are covered by the per-IP limit.
        if ((HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method))
            && RequestPartitions.StartsWithAny(request.Path, _limits.PerUserPaths))
        {
            var body = await ReadBoundedAsync(request.Body, max, context.RequestAborted);
            if (body is null)
            {
                await RefuseTooLargeAsync(context);
                return;
            }

            request.Body = new MemoryStream(body, writable: false);
            request.ContentLength = body.Length;
            if (RequestPartitions.RouteConversationId(request.Path) is { } conversationId)
            {
                RequestPartitions.SetUserKey(context, "conversation:" + conversationId);
            }
            else if (RequestPartitions.BodyUserId(body) is { } userId)
            {
                RequestPartitions.SetUserKey(context, "user:" + userId);
            }
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // Kestrel's own limit tripped while an endpoint read a chunked body: answer 413, not 500.
            await RefuseTooLargeAsync(context);
        }
        catch (StateStorageUnavailableException ex) when (!context.Response.HasStarted)
        {
            // Shared state (Redis) is down outside a bot turn, e.g. a Direct Line conversation read: 503, not 500.
            logger.LogError(ex, "Request to {Path} failed: shared state is unavailable", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            await context.Response.WriteAsJsonAsync(new RefusalBody("service_unavailable", AbuseMessages.Instance.ServiceUnavailable), context.RequestAborted);
        }
    }

    /// <summary>The whole body, or null as soon as it exceeds <paramref name="max"/> bytes.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var collected = new MemoryStream();
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (collected.Length + read > max)
                {
                    return null;
                }

                collected.Write(buffer, 0, read);
            }

            return collected.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Task RefuseTooLargeAsync(HttpContext context)
    {
        logger.LogInformation("Refused a request body over {MaxBytes} bytes on {Path}", _limits.MaxRequestBodyBytes, context.Request.Path);
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return context.Response.WriteAsJsonAsync(new RefusalBody("request_too_large", AbuseMessages.Instance.RequestTooLarge(_limits.MaxRequestBodyBytes)), context.RequestAborted);
    }
}

/// <summary>JSON body of a 413 or 429: a machine-readable code and a Vietnamese sentence to show the citizen.</summary>
internal sealed record RefusalBody(string Error, string Message);
