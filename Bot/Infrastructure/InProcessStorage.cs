using Bot.Infrastructure.Redis;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bot.Infrastructure;

/// <summary>
/// The default <see cref="IStorage"/> of a single instance: state lives in this process and every read and write
/// hands out a copy, as the Bot Framework's <c>MemoryStorage</c> does, so a turn never sees another turn's
/// unsaved changes. MemoryStorage copies through JSON, which was most of the bot's own cost per turn; state that
/// implements <see cref="IStateSnapshot"/> copies itself instead, and anything else still goes through JSON.
/// Store items with an ETag are written only if it still matches. Configure Redis to share state between instances.
/// </summary>
/// <remarks>
/// Unlike MemoryStorage it does not grow forever (<see cref="StateStoreOptions"/>): an entry not read or written for
/// its TTL is dropped, and past <see cref="StateStoreOptions.MaxEntries"/> the least recently used goes. Entries sit
/// in one recency list per kind (conversation, user), most recent first, so the expired ones are always at the tails:
/// every call trims the tails, which costs nothing when none has expired and once per entry otherwise. No timers.
/// </remarks>
public sealed class InProcessStorage : IStorage
{
    // Type names round-trip state of any type, as MemoryStorage does; they never leave this process.
    private static readonly JsonSerializer Json = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = 64,
    });

    private readonly Dictionary<string, LinkedListNode<Entry>> _items = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _conversations = new();
    private readonly LinkedList<Entry> _users = new();
    private readonly Lock _lock = new();
    private readonly StateStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<InProcessStorage> _logger;
    private long _nextETag;
    private long? _lastCapWarning;

    public InProcessStorage(IOptions<StateStoreOptions> options, TimeProvider time, ILogger<InProcessStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>How often at most the store says it is dropping state because it is full.</summary>
    internal static TimeSpan CapWarningInterval { get; } = TimeSpan.FromHours(1);

    /// <summary>Entries held now, expired ones not yet trimmed included.</summary>
    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<(string Key, object Value, string ETag)>(keys.Length);
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            RemoveExpired(now);
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var node))
                {
                    Touch(node, now);
                    found.Add((key, node.Value.Value, node.Value.ETag));
                }
            }
        }

        // Stored values are never changed after a write, so they are copied outside the lock.
        var result = new Dictionary<string, object>(found.Count, StringComparer.Ordinal);
        foreach (var (key, value, etag) in found)
        {
            var copy = Copy(value);
            if (copy is IStoreItem item)
            {
                item.ETag = etag;
            }

            result[key] = copy;
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                lock (_lock)
                {
                    Remove(key);
                }

                continue;
            }

            var copy = Copy(value);
            var expected = value is IStoreItem { ETag: { Length: > 0 } etag } && etag != "*" ? etag : null;
            string newETag;
            var warnFull = false;
            lock (_lock)
            {
                var now = _time.GetTimestamp();
                RemoveExpired(now);
                _items.TryGetValue(key, out var node);
                if (expected is not null && node is not null && node.Value.ETag != expected)
                {
                    throw new StateETagConflictException($"ETag conflict writing '{key}': expected {expected}, current {node.Value.ETag}.");
                }

                newETag = (++_nextETag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (node is null)
                {
                    node = (StateKeys.IsUserState(key) ? _users : _conversations).AddFirst(new Entry(key, copy, newETag, now));
                    _items[key] = node;
                    warnFull = RemoveLeastRecentlyUsedOverCap(now);
                }
                else
                {
                    node.Value.Value = copy;
                    node.Value.ETag = newETag;
                    Touch(node, now);
                }
            }

            if (warnFull)
            {
                _logger.LogWarning(
                    "State store is full ({MaxEntries} entries): the least recently used conversations lose their context; raise StateStore:MaxEntries or configure Redis",
                    _options.MaxEntries);
            }

            if (value is IStoreItem item)
            {
                item.ETag = newETag;
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            foreach (var key in keys)
            {
                Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private static void Touch(LinkedListNode<Entry> node, long now)
    {
        node.Value.LastUsed = now;
        var list = node.List!;
        if (list.First != node)
        {
            list.Remove(node);
            list.AddFirst(node);
        }
    }

    // Each list is in recency order, so its expired entries are all at its tail.
    private void RemoveExpired(long now)
    {
        RemoveExpired(_conversations, _options.ConversationStateTtl, now);
        RemoveExpired(_users, _options.UserStateTtl, now);
    }

    private void RemoveExpired(LinkedList<Entry> list, TimeSpan ttl, long now)
    {
        while (list.Last is { } oldest && _time.GetElapsedTime(oldest.Value.LastUsed, now) > ttl)
        {
            Remove(oldest);
        }
    }

    /// <summary>Drops the least recently used entries over the cap; true when that is worth a warning now.</summary>
    private bool RemoveLeastRecentlyUsedOverCap(long now)
    {
        if (_items.Count <= _options.MaxEntries)
        {
            return false;
        }

        while (_items.Count > _options.MaxEntries)
        {
            var (conversation, user) = (_conversations.Last, _users.Last);
            var oldest = user is null || (conversation is not null && conversation.Value.LastUsed <= user.Value.LastUsed)
                ? conversation!
                : user;
            Remove(oldest);
        }

        // Evicting fresh state is a sizing problem operators must hear about, but not once per turn.
        if (_lastCapWarning is { } last && _time.GetElapsedTime(last, now) < CapWarningInterval)
        {
            return false;
        }

        _lastCapWarning = now;
        return true;
    }

    private void Remove(string key)
    {
        if (_items.TryGetValue(key, out var node))
        {
            Remove(node);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        node.List!.Remove(node);
        _items.Remove(node.Value.Key);
    }

    /// <summary>A copy sharing nothing mutable with <paramref name="value"/>.</summary>
    internal static object Copy(object value) => value switch
    {
        IStateSnapshot state => state.Snapshot(),
        string or bool or int or long or double or decimal or DateTime or DateTimeOffset or Guid => value,
        IDictionary<string, object> dictionary => CopyDictionary(dictionary),
        _ => JToken.FromObject(value, Json).ToObject<object>(Json)!,
    };

    private static Dictionary<string, object> CopyDictionary(IDictionary<string, object> dictionary)
    {
        var copy = new Dictionary<string, object>(dictionary.Count, StringComparer.Ordinal);
        foreach (var (key, item) in dictionary)
        {
            copy[key] = item is null ? null! : Copy(item);
        }

        return copy;
    }

    /// <summary>One stored value; its Value is replaced on write, never changed, so readers copy it outside the lock.</summary>
    private sealed class Entry(string key, object value, string etag, long lastUsed)
    {
        public string Key { get; } = key;

        public object Value { get; set; } = value;

        public string ETag { get; set; } = etag;

        /// <summary>A <see cref="TimeProvider.GetTimestamp"/> of the last read or write.</summary>
        public long LastUsed { get; set; } = lastUsed;
    }
}
