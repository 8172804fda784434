using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>Process-local de-duplication; entries expire after <see cref="ZaloOptions.DeduplicationWindow"/>.</summary>
public sealed class InMemoryZaloMessageDeduplicator(IOptions<ZaloOptions> options, TimeProvider timeProvider)
    : IZaloMessageDeduplicator
{
    private const int SweepEvery = 256;

    private readonly ConcurrentDictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);
    private readonly TimeSpan window = options.Value.DeduplicationWindow;
    private int registrations;

    public int Count => expiries.Count;

    public ValueTask<bool> TryRegisterAsync(string key, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (Interlocked.Increment(ref registrations) % SweepEvery == 0)
        {
            Sweep(now);
        }

        var expiry = now + window;
        while (true)
        {
            if (expiries.TryAdd(key, expiry))
            {
                return ValueTask.FromResult(true);
            }

            if (!expiries.TryGetValue(key, out var existing))
            {
                continue;
            }

            if (existing > now)
            {
                return ValueTask.FromResult(false);
            }

            if (expiries.TryUpdate(key, expiry, existing))
            {
                return ValueTask.FromResult(true);
            }
        }
    }

    public ValueTask ForgetAsync(string key, CancellationToken cancellationToken)
    {
        expiries.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, expiry) in expiries)
        {
            if (expiry <= now)
            {
                expiries.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, expiry));
            }
        }
    }
}
