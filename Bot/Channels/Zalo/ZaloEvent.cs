namespace Bot.Channels.Zalo;

public enum ZaloEventKind
{
    /// <summary><c>user_send_text</c>: a question for the bot.</summary>
    Text,

    /// <summary><c>follow</c>: the user followed the OA and gets the bot's welcome.</summary>
    Follow,

    /// <summary>Images, stickers, files, locations and other <c>user_send_*</c> events: the user is asked to type.</summary>
    NonText,
}

/// <summary>A verified Zalo event the assistant answers. Ids are strings: they exceed JavaScript number precision.</summary>
public sealed record ZaloEvent(
    ZaloEventKind Kind,
    string EventName,
    string UserId,
    string? OaId,
    string? MessageId,
    string? Text,
    string Timestamp)
{
    /// <summary>Zalo redelivers with the same <c>msg_id</c>; events without one are identified by name, user and time.</summary>
    public string DeduplicationKey => MessageId ?? $"{EventName}:{UserId}:{Timestamp}";
}
