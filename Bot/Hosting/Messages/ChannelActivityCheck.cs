using System.Text.Json;
namespace Bot.Hosting.Messages;

/// <summary>
/// Looks at an activity posted to <c>/api/messages</c> before the Bot Framework adapter does: a body that is not an
/// activity, or a <c>serviceUrl</c> that is missing, malformed or not a channel the bot may post to, is refused with
/// 400. Without this the adapter answered 500 for a missing URL and posted replies to any address the caller wrote
/// (server-side request forgery). In Development a loopback URL is allowed too, for the Bot Framework Emulator.
/// </summary>
public sealed class ChannelActivityCheck(ServiceUrlAllowlist allowlist)
{
    /// <summary>Why the activity is refused, or null when the adapter may process it.</summary>
    public ActivityRefusal? Check(ReadOnlySpan<byte> body)
    {
        string? serviceUrl = null;
        string? deliveryMode = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ActivityRefusal.NotAnActivity;
            }

            // Only the top-level properties matter; nested objects and arrays are skipped whole.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isServiceUrl = reader.ValueTextEquals("serviceUrl"u8);
                var isDeliveryMode = reader.ValueTextEquals("deliveryMode"u8);
                reader.Read();
                if (isServiceUrl || isDeliveryMode)
                {
                    var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    if (isServiceUrl) { serviceUrl = value; } else { deliveryMode = value; }
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return ActivityRefusal.NotAnActivity;
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return ActivityRefusal.MissingServiceUrl;
        }

        // With expectReplies the replies travel back in this response; nothing is posted to the URL.
        if (string.Equals(deliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return allowlist.Allows(uri) ? null : ActivityRefusal.ServiceUrlNotAllowed;
    }
}

/// <summary>Why an activity was refused: a machine-readable code for the 400 body and the log.</summary>
public sealed record ActivityRefusal(string Code)
{
    public static readonly ActivityRefusal NotAnActivity = new("invalid_activity");
    public static readonly ActivityRefusal MissingServiceUrl = new("invalid_service_url");
    public static readonly ActivityRefusal ServiceUrlNotAllowed = new("service_url_not_allowed");
}
