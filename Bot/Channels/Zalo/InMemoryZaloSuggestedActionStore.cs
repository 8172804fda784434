using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>Process-local store of offered actions; lists expire after <see cref="ZaloOptions.SuggestedActionsLifetime"/>.</summary>
public sealed class InMemoryZaloSuggestedActionStore(IOptions<ZaloOptions> options, TimeProvider timeProvider)
    : IZaloSuggestedActionStore
{
    private const int SweepEvery = 256;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly TimeSpan lifetime = options.Value.SuggestedActionsLifetime;
    private int writes;

    public ValueTask RememberAsync(string userId, IReadOnlyList<ZaloSuggestedAction> actions, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (Interlocked.Increment(ref writes) % SweepEvery == 0)
        {
            foreach (var (key, entry) in entries)
            {
                if (entry.Expiry <= now)
                {
                    entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                }
            }
        }

        entries[userId] = new Entry(actions, now + lifetime);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<ZaloSuggestedAction>> TakeAsync(string userId, CancellationToken cancellationToken)
    {
        IReadOnlyList<ZaloSuggestedAction> actions =
            entries.TryRemove(userId, out var entry) && entry.Expiry > timeProvider.GetUtcNow() ? entry.Actions : [];
        return ValueTask.FromResult(actions);
    }

    private sealed record Entry(IReadOnlyList<ZaloSuggestedAction> Actions, DateTimeOffset Expiry);
}
