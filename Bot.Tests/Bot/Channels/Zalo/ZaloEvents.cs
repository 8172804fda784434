using System.Text.Json;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>Webhook bodies shaped like Zalo's, with ids as strings as Zalo sends them.</summary>
internal static class ZaloEvents
{
    public const string AppId = "360846524940903967";
    public const string OaId = "388613280878808645";
    public const string SecretKey = "oa-secret-key";

    public static string Text(string userId, string msgId, string text, string timestamp = "1764120000000") =>
        JsonSerializer.Serialize(new
        {
            app_id = AppId,
            sender = new { id = userId },
            user_id_by_app = "552177279717587730",
            recipient = new { id = OaId },
            event_name = "user_send_text",
            message = new { text, msg_id = msgId },
            timestamp,
        });

    public static string Image(string userId, string msgId, string timestamp = "1764120000000") =>
        JsonSerializer.Serialize(new
        {
            app_id = AppId,
            sender = new { id = userId },
            recipient = new { id = OaId },
            event_name = "user_send_image",
            message = new
            {
                msg_id = msgId,
                attachments = new[] { new { type = "image", payload = new { url = "https://example.org/a.jpg" } } },
            },
            timestamp,
        });

    public static string Follow(string userId, string timestamp = "1764120000000") =>
        JsonSerializer.Serialize(new
        {
            oa_id = OaId,
            follower = new { id = userId },
            user_id_by_app = "552177279717587730",
            event_name = "follow",
            app_id = AppId,
            source = "testing",
            timestamp,
        });
}
