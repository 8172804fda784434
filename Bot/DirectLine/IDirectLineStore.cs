using Microsoft.Bot.Schema;

namespace Bot.DirectLine;

/// <summary>A page of a conversation's log: activities as JSON (ready to send) and the watermark after the last one.</summary>
public sealed record ActivityPage(IReadOnlyList<string> ActivitiesJson, long Watermark);

public enum CreateConversationResult
{
    Created,
    AlreadyExists,
    StoreFull,
}

/// <summary>
/// Conversations and their activity logs. The watermark is the sequence number of the last activity a reader has
/// seen; activities get ids <c>{conversationId}|{sequence:D7}</c>. Implementations must be safe for concurrent use and
/// may be shared by several host instances (memory by default, a distributed one later).
/// </summary>
public interface IDirectLineStore
{
    Task<CreateConversationResult> CreateConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>True exactly once per conversation: the caller then announces the members to the bot.</summary>
    Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Assigns the activity's id, appends it and wakes waiting readers; returns the assigned id, or null when the conversation is unknown.</summary>
    Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Activities after <paramref name="watermark"/>, oldest first, at most <paramref name="max"/>; null when the conversation is unknown.</summary>
    Task<ActivityPage?> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken);

    /// <summary>Completes when the log holds an activity after <paramref name="watermark"/>, or the conversation is gone, or on cancellation.</summary>
    Task WaitForActivitiesAsync(string conversationId, long watermark, CancellationToken cancellationToken);
}
