using System.Collections.Concurrent;

namespace KnowledgeBase.Caching;

/// <summary>
/// A bounded, thread-safe cache of recent results of a pure computation: citizens ask the same few things over and
/// over (suggested actions and kiosk topics send identical text), so a repeated question costs a lookup.
/// </summary>
/// <remarks>
/// Two generations approximate least-recently-used without per-hit bookkeeping: entries go into the young
/// generation; when it holds <c>capacity</c> entries the old generation is dropped and the young one takes its
/// place; a hit in the old generation is copied back into the young one. At most 2 × capacity entries are held.
/// Values must be immutable or copied by the caller: every hit returns the same instance.
/// <para>
/// Kept instead of <c>Microsoft.Extensions.Caching.Memory.MemoryCache</c> (which ICU4N brings in) because it was
/// measured cheaper where it serves, once per cached search, synonym lookup and message reading on every turn
/// (docs/bot-benchmarks.md, 2026-12-06): a hit allocates nothing, where MemoryCache boxes the struct key on every
/// lookup (48 B per hit) and takes about 1.5 times as long; an add costs about 0.5–0.8 µs against 1.0–1.1 µs; the
/// bound is a hard 2 × capacity entries with no size bookkeeping. Swapped in for all three caches, MemoryCache
/// added 0.3 KB per benchmark turn. Its one edge: with about a generation's worth of distinct keys in use, hits in
/// the old generation are copied forward and rotate it (about 200 B per hit), which MemoryCache does not do.
/// </para>
/// </remarks>
public sealed class RecentCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int _capacity;
    private readonly Lock _rotateLock = new();
    private Generation _young = new();
    private Generation _old = new();

    /// <param name="capacity">Entries per generation; 0 turns the cache off.</param>
    public RecentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    public bool IsEnabled => _capacity > 0;

    public bool TryGet(TKey key, out TValue value)
    {
        if (IsEnabled)
        {
            if (Volatile.Read(ref _young).Entries.TryGetValue(key, out value!))
            {
                return true;
            }

            if (Volatile.Read(ref _old).Entries.TryGetValue(key, out value!))
            {
                Add(key, value);
                return true;
            }
        }

        value = default!;
        return false;
    }

    public void Add(TKey key, TValue value)
    {
        if (!IsEnabled)
        {
            return;
        }

        var young = Volatile.Read(ref _young);
        if (young.Entries.TryAdd(key, value) && Interlocked.Increment(ref young.Count) >= _capacity)
        {
            lock (_rotateLock)
            {
                if (ReferenceEquals(_young, young))
                {
                    Volatile.Write(ref _old, young);
                    Volatile.Write(ref _young, new Generation());
                }
            }
        }
    }

    /// <summary>The cached value, or <paramref name="compute"/>'s result, which is then cached.</summary>
    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (TryGet(key, out var value))
        {
            return value;
        }

        value = compute(key, state);
        Add(key, value);
        return value;
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<TKey, TValue> Entries = new();

        // ConcurrentDictionary.Count takes every lock; a separate counter keeps additions cheap.
        public int Count;
    }
}
