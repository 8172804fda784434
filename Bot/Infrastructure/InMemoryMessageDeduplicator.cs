using System.Collections.Concurrent;

namespace Bot.Infrastructure;

/// <summary>Single-instance <see cref="IMessageDeduplicator"/>: the default when Redis is not configured.</summary>
public sealed class InMemoryMessageDeduplicator : IMessageDeduplicator
{
    // Expired entries are swept every so many marks so a long-running instance does not grow without bound.
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private int _marksSinceSweep;

    public InMemoryMessageDeduplicator(TimeProvider time) => _time = time;

    public int Count => _expiries.Count;

    public Task<bool> TryMarkAsync(string key, TimeSpan ttl, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        ct.ThrowIfCancellationRequested();

        var now = _time.GetUtcNow();
        if (Interlocked.Increment(ref _marksSinceSweep) >= SweepEvery)
        {
            Interlocked.Exchange(ref _marksSinceSweep, 0);
            Sweep(now);
        }

        var expiry = now + ttl;
        while (true)
        {
            if (_expiries.TryAdd(key, expiry))
            {
                return Task.FromResult(true);
            }

            if (_expiries.TryGetValue(key, out var existing))
            {
                if (existing > now)
                {
                    return Task.FromResult(false);
                }

                if (_expiries.TryUpdate(key, expiry, existing))
                {
                    return Task.FromResult(true);
                }
            }
        }
    }

    /// <summary>Puts back a mark read from storage at start-up.</summary>
    internal void Restore(string key, DateTimeOffset expiry) => _expiries[key] = expiry;

    /// <summary>The live marks and their expiries, for writing them out.</summary>
    internal IEnumerable<KeyValuePair<string, DateTimeOffset>> Live(DateTimeOffset now) => _expiries.Where(mark => mark.Value > now);

    public Task ForgetAsync(string key, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _expiries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, expiry) in _expiries)
        {
            if (expiry <= now)
            {
                _expiries.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, expiry));
            }
        }
    }
}
