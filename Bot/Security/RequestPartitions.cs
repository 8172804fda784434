using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bot.Security;

/// <summary>Who a request counts against: the client IP, and on chat endpoints the user or conversation it names.</summary>
internal static class RequestPartitions
{
    private const string UserKeyItem = "Bot.Security.UserKey";
    private const string AuthenticationFailedItem = "Bot.Security.AuthenticationFailed";

    public static string IpKey(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static string? UserKey(HttpContext context) =>
        context.Items.TryGetValue(UserKeyItem, out var key) ? key as string : null;

    public static void SetUserKey(HttpContext context, string key) => context.Items[UserKeyItem] = key;

    /// <summary>The request's signature, secret or token did not hold: it counts against the address's failed-authentication budget.</summary>
    public static void MarkAuthenticationFailed(HttpContext context) => context.Items[AuthenticationFailedItem] = true;

    public static bool AuthenticationFailed(HttpContext context) => context.Items.ContainsKey(AuthenticationFailedItem);

    public static bool StartsWithAny(PathString path, IEnumerable<string> prefixes) =>
        prefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Direct Line conversation id in <c>/v3/directline/conversations/{id}/...</c>: issued by the server, so not spoofable.</summary>
    public static string? RouteConversationId(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            if (segments[i].Equals("conversations", StringComparison.OrdinalIgnoreCase))
            {
                return segments[i + 1];
            }
        }

        return null;
    }

    /// <summary>
    /// The sender named in a JSON body: a Bot Framework activity's <c>from.id</c> (else <c>conversation.id</c>),
    /// or a webhook's <c>sender.id</c>. Null for anything else, including malformed JSON (the endpoint rejects that).
    /// </summary>
    public static string? BodyUserId(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
            return BodyUserId(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The sender named in a parsed body; any length (the caller refuses absurd ones).</summary>
    public static string? BodyUserId(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
            ? NestedId(root, "from") ?? NestedId(root, "sender") ?? NestedId(root, "conversation")
            : null;

    private static string? NestedId(JsonElement root, string property) =>
        root.TryGetProperty(property, out var element)
        && element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 } value
            ? value
            : null;
}
