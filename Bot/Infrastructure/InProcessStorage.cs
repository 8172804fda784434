using Bot.Infrastructure.Redis;
using Microsoft.Bot.Builder;
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
public sealed class InProcessStorage : IStorage
{
    // Type names round-trip state of any type, as MemoryStorage does; they never leave this process.
    private static readonly JsonSerializer Json = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = 64,
    });

    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _nextETag;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<(string Key, Entry Entry)>(keys.Length);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var entry))
                {
                    found.Add((key, entry));
                }
            }
        }

        // Stored values are never changed after a write, so they are copied outside the lock.
        var result = new Dictionary<string, object>(found.Count, StringComparer.Ordinal);
        foreach (var (key, entry) in found)
        {
            var copy = Copy(entry.Value);
            if (copy is IStoreItem item)
            {
                item.ETag = entry.ETag;
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
                    _items.Remove(key);
                }

                continue;
            }

            var copy = Copy(value);
            var expected = value is IStoreItem { ETag: { Length: > 0 } etag } && etag != "*" ? etag : null;
            string newETag;
            lock (_lock)
            {
                if (expected is not null && _items.TryGetValue(key, out var current) && current.ETag != expected)
                {
                    throw new StateETagConflictException($"ETag conflict writing '{key}': expected {expected}, current {current.ETag}.");
                }

                newETag = (++_nextETag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = new Entry(copy, newETag);
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
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
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

    private sealed record Entry(object Value, string ETag);
}
