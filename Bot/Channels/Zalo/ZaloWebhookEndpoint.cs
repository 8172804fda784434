using System.Text.Json;
using Bot.Infrastructure;
using Bot.Infrastructure.Redis;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>
/// <c>POST /api/zalo</c>: verifies the signature, queues the event and answers 200 at once, because Zalo
/// redelivers when the webhook takes more than about two seconds. Nothing unverified is ever processed.
/// </summary>
public static class ZaloWebhookEndpoint
{
    public const string Route = "/api/zalo";

    /// <summary>Prefix of Zalo event keys in the shared <see cref="IMessageDeduplicator"/>.</summary>
    public const string DeduplicationPrefix = "zalo:";

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<ZaloOptions> options,
        ZaloEventProcessor processor,
        IMessageDeduplicator deduplicator,
        ILoggerFactory loggerFactory,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(ZaloWebhookEndpoint));
        var settings = options.Value;
        var remote = http.Connection.RemoteIpAddress?.ToString();

        string? signature = http.Request.Headers[ZaloSignature.HeaderName];
        if (string.IsNullOrWhiteSpace(signature))
        {
            logger.LogWarning("Zalo webhook rejected: no {Header} header (from {Remote})", ZaloSignature.HeaderName, remote);
            return Results.Unauthorized();
        }

        var body = await ReadBodyAsync(http.Request, settings.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            logger.LogWarning("Zalo webhook rejected: body larger than {Limit} bytes (from {Remote})", settings.MaxRequestBytes, remote);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            logger.LogWarning("Zalo webhook rejected: body is not JSON (from {Remote})", remote);
            return Results.BadRequest();
        }

        using (document)
        {
            var root = document.RootElement;
            var timestamp = root.ValueKind == JsonValueKind.Object ? ZaloEventParser.ReadTimestamp(root) : null;
            if (!ZaloSignature.IsValid(signature, settings.AppId!, body, timestamp, settings.OaSecretKey!))
            {
                logger.LogWarning("Zalo webhook rejected: invalid signature (from {Remote})", remote);
                return Results.Unauthorized();
            }

            // A genuine signature on an old event is a replay (de-duplication forgets after its window); a date in
            // the future is not Zalo's clock either.
            if (!IsFresh(timestamp, time.GetUtcNow(), settings.MaxEventAge))
            {
                logger.LogWarning("Zalo webhook rejected: event timestamp {Timestamp} outside the accepted window (from {Remote})", timestamp, remote);
                return Results.Unauthorized();
            }

            var zaloEvent = ZaloEventParser.Parse(root);
            if (zaloEvent is null)
            {
                logger.LogDebug("Zalo webhook ignored an event the assistant does not answer");
                return Results.Ok();
            }

            // Shared by every instance when Redis is configured, so a redelivery to another instance is not answered twice.
            var key = DeduplicationPrefix + zaloEvent.DeduplicationKey;
            bool first;
            try
            {
                first = await deduplicator.TryMarkAsync(key, settings.DeduplicationWindow, cancellationToken);
            }
            catch (StateStorageUnavailableException ex)
            {
                // Without the mark the event could be answered twice; 503 makes Zalo redeliver once the store is back.
                logger.LogError(ex, "Zalo {EventName} {MessageId} refused with 503: the de-duplication store is unavailable", zaloEvent.EventName, zaloEvent.MessageId);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            if (!first)
            {
                logger.LogInformation(
                    "Zalo redelivered {EventName} {MessageId} for user {UserId}; already accepted, not answered again",
                    zaloEvent.EventName, zaloEvent.MessageId, zaloEvent.UserId);
                return Results.Ok();
            }

            if (!processor.TryEnqueue(zaloEvent))
            {
                // Forgetting the key lets Zalo's redelivery through once the queue has room again.
                await deduplicator.ForgetAsync(key, cancellationToken);
                logger.LogWarning(
                    "Zalo queue full; {EventName} {MessageId} for user {UserId} refused with 503 for redelivery",
                    zaloEvent.EventName, zaloEvent.MessageId, zaloEvent.UserId);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            return Results.Ok();
        }
    }

    /// <summary>The raw body, or null when it exceeds the limit (checked while reading, not only by Content-Length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Zalo's timestamp is milliseconds since 1970 (UTC); a few minutes of clock skew ahead are tolerated.</summary>
    internal static bool IsFresh(string? timestamp, DateTimeOffset now, TimeSpan maxAge)
    {
        if (!long.TryParse(timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return false;
        }

        var sent = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return sent >= now - maxAge && sent <= now + TimeSpan.FromMinutes(5);
    }
}
