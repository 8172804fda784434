using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure;

/// <summary>
/// Section <c>StateStore</c>: how long the single-instance store (<see cref="InProcessStorage"/>) keeps bot state and
/// how many entries it holds at most. The TTL names and defaults are those of <c>Redis</c>, so moving to Redis keeps
/// the same behaviour; unlike Redis, a read also counts as use, so a conversation in use never expires.
/// </summary>
public sealed class StateStoreOptions
{
    public const string SectionName = "StateStore";

    /// <summary>Conversation state is forgotten this long after its last read or write: an abandoned chat goes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ConversationStateTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>User state (preferences) is forgotten this long after its last read or write.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan UserStateTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Hard cap on stored entries (conversation and user state together); the least recently used go first. The default
    /// holds DirectLine:MaxConversations (50 000) citizens with both kinds; a small entry takes about 0.7 KB.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MaxEntries { get; set; } = 100_000;
}
