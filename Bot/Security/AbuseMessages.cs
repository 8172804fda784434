using System.Text.Json;

namespace Bot.Security;

/// <summary>
/// Citizen-facing refusals for the abuse limits, loaded once from the embedded <c>Templates/abuse-messages.vi.json</c>.
/// Placeholders are <c>{name}</c>.
/// </summary>
public sealed class AbuseMessages
{
    private const string ResourceName = "Bot.Security.Templates.abuse-messages.vi.json";

    private static readonly Lazy<AbuseMessages> Loaded = new(Load);

    private AbuseMessages(IReadOnlyDictionary<string, string> templates)
    {
        TooManyRequestsTemplate = Require(templates, "TooManyRequests");
        RequestTooLargeTemplate = Require(templates, "RequestTooLarge");
        MessageTooLongTemplate = Require(templates, "MessageTooLong");
        ServiceUnavailable = Require(templates, "ServiceUnavailable");
        InvalidActivity = Require(templates, "InvalidActivity");
        ConversationsBusy = Require(templates, "ConversationsBusy");
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
        TooManyRequestsTemplate.Replace("{retryAfterSeconds}", retryAfterSeconds.ToString());

    public string RequestTooLarge(long maxBytes) =>
        RequestTooLargeTemplate.Replace("{maxKilobytes}", (maxBytes / 1024).ToString());

    public string MessageTooLong(int length, int max) =>
        MessageTooLongTemplate.Replace("{length}", length.ToString("N0", Vietnamese)).Replace("{max}", max.ToString("N0", Vietnamese));

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    private static AbuseMessages Load()
    {
        using var stream = typeof(AbuseMessages).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded template {ResourceName} is missing.");
        var templates = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"Embedded template {ResourceName} is empty.");
        return new AbuseMessages(templates);
    }

    private static string Require(IReadOnlyDictionary<string, string> templates, string name) =>
        templates.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new InvalidOperationException($"Template '{name}' is missing from {ResourceName}.");
}
