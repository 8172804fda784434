using System.Globalization;
using Bot.Templates;

namespace Bot.Security;

/// <summary>
/// Citizen-facing refusals for the abuse limits, from the template catalogue (<c>Templates/vi/messages.json</c>).
/// Placeholders are <c>{name}</c>.
/// </summary>
public sealed class AbuseMessages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Middleware and endpoints reach it without DI; the catalogue is the same shared instance either way.
    private static readonly Lazy<AbuseMessages> Loaded = new(() => new AbuseMessages(TemplateCatalog.LoadEmbedded()));

    private AbuseMessages(TemplateCatalog templates)
    {
        TooManyRequestsTemplate = templates["too_many_requests"];
        RequestTooLargeTemplate = templates["request_too_large"];
        MessageTooLongTemplate = templates["message_too_long"];
        ServiceUnavailable = templates["service_unavailable"];
        InvalidActivity = templates["invalid_activity"];
        ConversationsBusy = templates["conversations_busy"];
    }

    public static AbuseMessages Instance => Loaded.Value;

    public string TooManyRequestsTemplate { get; }

    public string RequestTooLargeTemplate { get; }

    public string MessageTooLongTemplate { get; }

    /// <summary>Shared state (Redis) is down: the request could not be handled, try again shortly.</summary>
    public string ServiceUnavailable { get; }

    /// <summary>A channel posted something that is not a valid activity (no or a forbidden <c>serviceUrl</c>).</summary>
    public string InvalidActivity { get; }

    /// <summary>The Direct Line store holds as many conversations in use as it may: no new one now.</summary>
    public string ConversationsBusy { get; }

    public string TooManyRequests(int retryAfterSeconds) =>
        TooManyRequestsTemplate.Replace("{retryAfterSeconds}", retryAfterSeconds.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public string RequestTooLarge(long maxBytes) =>
        RequestTooLargeTemplate.Replace("{maxKilobytes}", (maxBytes / 1024).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public string MessageTooLong(int length, int max) =>
        MessageTooLongTemplate.Replace("{length}", length.ToString("N0", Vietnamese), StringComparison.Ordinal)
            .Replace("{max}", max.ToString("N0", Vietnamese), StringComparison.Ordinal);
}
