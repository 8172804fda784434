using System.Text.Json;

namespace Bot.Channels.Zalo;

/// <summary>Reads Zalo webhook JSON. Numbers are taken as their raw text so 64-bit ids keep every digit.</summary>
public static class ZaloEventParser
{
    private const string UserSendPrefix = "user_send_";

    /// <summary>The <c>timestamp</c> field that takes part in the signature, or null when absent.</summary>
    public static string? ReadTimestamp(JsonElement root) => ReadString(root, "timestamp");

    /// <summary>The event the assistant answers, or null for events it ignores (e.g. <c>user_seen_message</c>, <c>oa_send_text</c>).</summary>
    public static ZaloEvent? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var eventName = ReadString(root, "event_name");
        var timestamp = ReadTimestamp(root) ?? string.Empty;
        if (eventName is null)
        {
            return null;
        }

        if (eventName == "follow")
        {
            var follower = ReadString(root, "follower", "id");
            return follower is null ? null
                : new ZaloEvent(ZaloEventKind.Follow, eventName, follower, ReadString(root, "oa_id"), null, null, timestamp);
        }

        if (!eventName.StartsWith(UserSendPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var userId = ReadString(root, "sender", "id");
        if (userId is null)
        {
            return null;
        }

        var oaId = ReadString(root, "recipient", "id");
        var messageId = ReadString(root, "message", "msg_id");
        var text = ReadString(root, "message", "text");
        var kind = eventName == "user_send_text" && !string.IsNullOrWhiteSpace(text) ? ZaloEventKind.Text : ZaloEventKind.NonText;
        return new ZaloEvent(kind, eventName, userId, oaId, messageId, kind == ZaloEventKind.Text ? text : null, timestamp);
    }

    private static string? ReadString(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        var value = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
