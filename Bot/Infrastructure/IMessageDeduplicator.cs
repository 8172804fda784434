namespace Bot.Infrastructure;

/// <summary>
/// Remembers that a message (or any event) was seen, so a redelivered webhook or a retried request is handled once.
/// Shared across instances when Redis is configured; in-process otherwise.
/// </summary>
public interface IMessageDeduplicator
{
    /// <summary>Marks <paramref name="key"/> as seen for <paramref name="ttl"/>; true when this call was the first to mark it.</summary>
    Task<bool> TryMarkAsync(string key, TimeSpan ttl, CancellationToken ct);

    /// <summary>Removes a mark, e.g. when the marked message could not be processed and its redelivery must be accepted.</summary>
    Task ForgetAsync(string key, CancellationToken ct);
}
