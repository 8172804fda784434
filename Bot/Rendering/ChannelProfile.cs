using System.Collections.Frozen;

namespace Bot.Rendering;

/// <summary>
/// What a channel can show: Markdown or plain text, and the longest message it accepts. A null length means the
/// channel's adapter splits to its own configured limit.
/// </summary>
public sealed record ChannelProfile(bool Markdown, int? MaxLength)
{
    private static readonly ChannelProfile Rich = new(true, 20_000);
    private static readonly ChannelProfile PlainDefault = new(false, 2_000);

    private static readonly FrozenDictionary<string, ChannelProfile> Known = new Dictionary<string, ChannelProfile>(StringComparer.OrdinalIgnoreCase)
    {
        ["webchat"] = Rich,
        ["directline"] = Rich,
        ["emulator"] = Rich,
        ["msteams"] = new(true, 25_000),
        // ZaloMessageSender splits to Zalo:MaxMessageLength, after the numbered list of actions is appended to the text.
        ["zalo"] = new(false, null),
        ["sms"] = new(false, 600),
        ["telephony"] = new(false, 1_000),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unknown channels get plain text: readable everywhere, even where Markdown is not rendered.</summary>
    public static ChannelProfile For(string? channelId) =>
        channelId is not null && Known.TryGetValue(channelId, out var profile) ? profile : PlainDefault;
}
