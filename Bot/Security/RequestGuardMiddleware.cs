using System.Buffers;
using Bot.Infrastructure.Redis;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Bot.Security;

/// <summary>
/// Runs before the rate limiter. Refuses bodies over <see cref="LimitsOptions.MaxRequestBodyBytes"/> with a clean
/// 413 (declared length, or counted while reading a chunked body), and on chat endpoints buffers the (small) body
/// and checks the channel's credentials (<see cref="IChatSenderVerifier"/>) to learn which user or conversation it
/// proves to come from, so the per-user limit counts only authenticated requests and failures count per address.
/// </summary>
internal sealed class RequestGuardMiddleware(RequestDelegate next, IOptions<LimitsOptions> options, IEnumerable<IChatSenderVerifier> verifiers,
    ILogger<RequestGuardMiddleware> logger)
{
    private readonly LimitsOptions _limits = options.Value;
    private readonly IChatSenderVerifier[] _verifiers = verifiers.ToArray();

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

        if (RequestPartitions.StartsWithAny(request.Path, _limits.PerUserPaths))
        {
            // Only sent messages count per user: reads (Direct Line polling, reconnects) are covered by the per-IP limit.
            var sends = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method);
            var body = ReadOnlyMemory<byte>.Empty;
            if (sends)
            {
                var buffered = await ReadBoundedAsync(request.Body, max, context.RequestAborted);
                if (buffered is null)
                {
                    await RefuseTooLargeAsync(context);
                    return;
                }

                request.Body = new MemoryStream(buffered, writable: false);
                request.ContentLength = buffered.Length;
                body = buffered;
            }

            if (!await IdentifySenderAsync(context, body, sends))
            {
                return;
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

    /// <summary>
    /// Sets the partition a sent message counts against, from credentials that hold: the channel's verifier when it
    /// has one (unverified requests only count as failed authentications), else the body's sender. False when the
    /// request was refused here.
    /// </summary>
    private async Task<bool> IdentifySenderAsync(HttpContext context, ReadOnlyMemory<byte> body, bool sends)
    {
        if (Array.Find(_verifiers, verifier => verifier.Owns(context.Request.Path)) is { } channel)
        {
            var verdict = channel.Verify(context, body);
            if (!verdict.Authenticated)
            {
                RequestPartitions.MarkAuthenticationFailed(context);
            }
            else if (sends && verdict.UserKey is { } key)
            {
                RequestPartitions.SetUserKey(context, key);
            }

            return true;
        }

        if (!sends || RequestPartitions.BodyUserId(body) is not { } userId)
        {
            return true;
        }

        if (userId.Length > _limits.MaxUserIdLength)
        {
            logger.LogInformation("Refused a user id of {Length} characters on {Path}", userId.Length, context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new RefusalBody("invalid_activity", AbuseMessages.Instance.InvalidActivity), context.RequestAborted);
            return false;
        }

        RequestPartitions.SetUserKey(context, "user:" + userId);
        return true;
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
