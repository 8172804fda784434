using Bot.Rendering;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>
/// Delivers a reply to one user: splits it into Zalo-sized messages and sends each in order, retrying
/// transient failures with exponential backoff. A message that cannot be delivered is logged at Error and
/// raised, never dropped silently.
/// </summary>
public sealed class ZaloMessageSender(
    ZaloApiClient api,
    IOptions<ZaloOptions> options,
    TimeProvider timeProvider,
    ILogger<ZaloMessageSender> logger)
{
    /// <summary>Sends <paramref name="text"/>; <paramref name="inboundMessageId"/> is the user's message being answered, for the logs.</summary>
    /// <returns>Zalo's ids of the messages sent.</returns>
    public async Task<IReadOnlyList<string>> SendAsync(
        string userId, string text, string? inboundMessageId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var ids = new List<string>();
        var chunks = MessageSplitter.Split(text, settings.MaxMessageLength);
        for (var i = 0; i < chunks.Count; i++)
        {
            ids.Add(await SendChunkAsync(userId, chunks[i], i + 1, chunks.Count, inboundMessageId, settings, cancellationToken) ?? string.Empty);
        }

        return ids;
    }

    private async Task<string?> SendChunkAsync(
        string userId, string chunk, int part, int parts, string? inboundMessageId, ZaloOptions settings, CancellationToken cancellationToken)
    {
        ZaloSendResult result;
        var attempt = 0;
        while (true)
        {
            attempt++;
            result = await api.SendTextAsync(userId, chunk, cancellationToken);
            if (result.Succeeded)
            {
                return result.MessageId;
            }

            if (!result.Transient || attempt >= settings.MaxSendAttempts)
            {
                break;
            }

            var delay = settings.RetryBaseDelay * Math.Pow(2, attempt - 1);
            logger.LogWarning(
                "Zalo send to user {UserId} (reply to {MessageId}, part {Part}/{Parts}) failed on attempt {Attempt}/{MaxAttempts}: {Error}; retrying in {Delay}",
                userId, inboundMessageId, part, parts, attempt, settings.MaxSendAttempts, result.Error, delay);
            await Task.Delay(delay, timeProvider, cancellationToken);
        }

        logger.LogError(
            "Zalo reply to user {UserId} for message {MessageId} (part {Part}/{Parts}) was not delivered after {Attempts} attempt(s): {Error}",
            userId, inboundMessageId, part, parts, attempt, result.Error);
        throw new ZaloSendException($"Zalo reply to user {userId} for message {inboundMessageId} was not delivered: {result.Error}");
    }
}
