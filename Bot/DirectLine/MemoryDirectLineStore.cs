using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

/// <summary>
/// Single-instance store: each conversation keeps a log of serialized activities, bounded in count and bytes, and a
/// signal that is replaced on every append, so stream readers wake without polling. Memory stays bounded three ways:
/// conversations expire (unused ones within minutes), the number held is capped, and so are the bytes held in all.
/// When the conversation cap is reached, conversations no citizen wrote in go first (see <see cref="Tier"/>); when the
/// byte budget is reached, only activities go (the oldest first, after the logs of conversations nobody wrote in), never
/// a conversation, so a citizen who is still writing is never answered 404 because others wrote a lot.
/// </summary>
public sealed class MemoryDirectLineStore : IDirectLineStore
{
    // Largest activity whose buffer is pooled; bigger ones (rare: long texts) are allocated and left to the GC.
    private const int MaxPooledActivityBytes = 64 * 1024;

    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly ArrayPool<byte> _buffers;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private long _lastSweepTicks;
    private long _bytes;
    private long _appended;
    private int _evicting;

    public MemoryDirectLineStore(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;

        // Activities live until the budget pushes them out, long enough to reach the oldest generation and die
        // there: as fresh arrays, 32 MB of them grew the process by about 160 MB under load. Reused buffers do not.
        _buffers = ArrayPool<byte>.Create(MaxPooledActivityBytes, (int)Math.Clamp(_options.MaxStoreBytes / 2048, 64, 65_536));
        _lastSweepTicks = time.GetUtcNow().UtcTicks;
    }

    /// <summary>Who is in a conversation decides how long it is kept and the order of eviction (lowest first).</summary>
    private enum Tier
    {
        /// <summary>A token was issued; nobody connected.</summary>
        Unused,

        /// <summary>A visitor connected (and got the welcome) but never wrote.</summary>
        Silent,

        /// <summary>A citizen wrote: kept for the full retention.</summary>
        InUse,
    }

    public int Count => _conversations.Count;

    /// <summary>Bytes of activity JSON held over all conversations.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public Task<CreateConversationResult> CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        SweepIfDue();
        if (_conversations.ContainsKey(conversationId))
        {
            return Task.FromResult(CreateConversationResult.AlreadyExists);
        }

        if (_conversations.Count >= _options.MaxConversations)
        {
            Sweep();
            if (_conversations.Count >= _options.MaxConversations)
            {
                // Room is made from conversations no citizen wrote in; a percent at a time so a full store does not sort on every request.
                Evict(Math.Max(1, _options.MaxConversations / 100), Tier.Silent);
            }

            if (_conversations.Count >= _options.MaxConversations)
            {
                return Task.FromResult(CreateConversationResult.StoreFull);
            }
        }

        var added = _conversations.TryAdd(conversationId, new Conversation(_time.GetUtcNow().UtcTicks));
        return Task.FromResult(added ? CreateConversationResult.Created : CreateConversationResult.AlreadyExists);
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.ContainsKey(conversationId));

    public Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return Task.FromResult(false);
        }

        lock (conversation)
        {
            if (conversation.Removed || conversation.Started)
            {
                return Task.FromResult(false);
            }

            conversation.Started = true;
            if (conversation.Tier == Tier.Unused)
            {
                conversation.Tier = Tier.Silent;
            }

            conversation.LastActivityTicks = _time.GetUtcNow().UtcTicks;
            return Task.FromResult(true);
        }
    }

    public Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return Task.FromResult<string?>(null);
        }

        TaskCompletionSource signal;
        string id;
        long added;
        lock (conversation)
        {
            if (conversation.Removed)
            {
                return Task.FromResult<string?>(null);
            }

            var sequence = conversation.FirstSequence + conversation.Log.Count;
            id = conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            activity.Id = id;
            var now = _time.GetUtcNow().UtcTicks;
            var json = DirectLineJson.Serialize(activity);
            var length = Encoding.UTF8.GetByteCount(json);
            var buffer = _buffers.Rent(length);
            Encoding.UTF8.GetBytes(json, buffer);
            var entry = new Entry(buffer, length, Interlocked.Increment(ref _appended));
            conversation.Log.Add(entry);
            added = entry.Bytes;
            while (conversation.Log.Count > 1 &&
                   (conversation.Log.Count > _options.MaxActivitiesPerConversation || conversation.Bytes + added > _options.MaxBytesPerConversation))
            {
                added -= conversation.Log[0].Bytes;
                _buffers.Return(conversation.Log[0].Utf8);
                conversation.Log.RemoveAt(0);
                conversation.FirstSequence++;
            }

            conversation.Bytes += added;
            if (DirectLineActivities.IsFromCitizen(activity))
            {
                conversation.Tier = Tier.InUse;
            }
            else if (conversation.Tier == Tier.Unused)
            {
                conversation.Tier = Tier.Silent;
            }

            conversation.LastActivityTicks = now;
            signal = conversation.Signal;
            conversation.Signal = NewSignal();
        }

        if (Interlocked.Add(ref _bytes, added) > _options.MaxStoreBytes)
        {
            EvictForBytes();
        }

        signal.TrySetResult();
        return Task.FromResult<string?>(id);
    }

    public Task<ActivityPage?> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return Task.FromResult<ActivityPage?>(null);
        }

        lock (conversation)
        {
            // Sequence n is stored at index n - FirstSequence; the reader has seen everything up to its watermark.
            var start = (int)Math.Clamp(watermark + 1 - conversation.FirstSequence, 0, conversation.Log.Count);
            var count = Math.Min(max, conversation.Log.Count - start);
            var items = conversation.Log.GetRange(start, count).ConvertAll(entry => Encoding.UTF8.GetString(entry.Utf8, 0, entry.Bytes));
            // With nothing new the reader is at (or, with a bogus watermark, past) the end: hand back the true end.
            var last = conversation.FirstSequence + start + count - 1;
            return Task.FromResult<ActivityPage?>(new ActivityPage(items, last));
        }
    }

    public async Task WaitForActivitiesAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return;
        }

        Task wait;
        lock (conversation)
        {
            // An emptied log (byte budget) holds nothing to read whatever the watermark: wait for the next activity.
            if (conversation.Removed || (conversation.Log.Count > 0 && conversation.FirstSequence + conversation.Log.Count - 1 > watermark))
            {
                return;
            }

            wait = conversation.Signal.Task;
        }

        await wait.WaitAsync(cancellationToken);
    }

    private void SweepIfDue()
    {
        var now = _time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now - last > TimeSpan.FromMinutes(1).Ticks && Interlocked.CompareExchange(ref _lastSweepTicks, now, last) == last)
        {
            Sweep();
        }
    }

    private void Sweep()
    {
        var now = _time.GetUtcNow().UtcTicks;
        foreach (var (id, conversation) in _conversations)
        {
            var retention = conversation.Tier switch
            {
                Tier.Unused => _options.UnusedConversationRetention,
                Tier.Silent => _options.SilentConversationRetention,
                _ => _options.ConversationRetention,
            };
            if (now - conversation.LastActivityTicks > retention.Ticks)
            {
                Remove(id, conversation);
            }
        }
    }

    /// <summary>Brings the bytes held back under 90 % of the budget; one eviction at a time, the others go on appending.</summary>
    private void EvictForBytes()
    {
        if (Interlocked.Exchange(ref _evicting, 1) == 1)
        {
            return;
        }

        try
        {
            Sweep();
            var excess = Bytes - _options.MaxStoreBytes / 10 * 9;
            if (excess > 0)
            {
                DropOldestActivities(excess);
            }
        }
        finally
        {
            Volatile.Write(ref _evicting, 0);
        }
    }

    /// <summary>
    /// Frees <paramref name="bytes"/> by dropping activities, never conversations: removing one would answer its
    /// citizen's next post with 404. The logs of conversations no citizen wrote in are emptied first (idle longest
    /// first), then the oldest activities of the others go, whichever conversation holds them, so a reply just
    /// appended to a busy conversation stays until its reader has had it. The conversations themselves take a few
    /// hundred bytes each, bounded by their count and retention. A reader that had not caught up loses what was
    /// dropped, as with the per-conversation bounds.
    /// </summary>
    private void DropOldestActivities(long bytes)
    {
        var freed = 0L;
        foreach (var (_, conversation) in LeastNeededFirst(conversation => conversation.Tier < Tier.InUse))
        {
            if (freed >= bytes)
            {
                return;
            }

            freed += DropActivities(conversation, long.MaxValue);
        }

        // The append order up to which activities go: the oldest ones held, as many as make up the bytes still to free.
        var held = new List<(long Order, int Bytes)>();
        foreach (var (_, conversation) in _conversations)
        {
            lock (conversation)
            {
                held.AddRange(conversation.Log.Select(entry => (entry.Order, entry.Bytes)));
            }
        }

        held.Sort((a, b) => a.Order.CompareTo(b.Order));
        var upTo = 0L;
        var sum = freed;
        foreach (var (order, size) in held)
        {
            if (sum >= bytes)
            {
                break;
            }

            sum += size;
            upTo = order;
        }

        foreach (var (_, conversation) in _conversations)
        {
            DropActivities(conversation, upTo);
        }
    }

    /// <summary>Drops the conversation's activities up to append number <paramref name="upTo"/>; returns the bytes freed.</summary>
    private long DropActivities(Conversation conversation, long upTo)
    {
        long size = 0;
        lock (conversation)
        {
            // A removed conversation's bytes were already given back by Remove.
            if (conversation.Removed)
            {
                return 0;
            }

            var count = 0;
            while (count < conversation.Log.Count && conversation.Log[count].Order <= upTo)
            {
                size += conversation.Log[count].Bytes;
                _buffers.Return(conversation.Log[count].Utf8);
                count++;
            }

            conversation.Log.RemoveRange(0, count);
            conversation.FirstSequence += count;
            conversation.Bytes -= size;
        }

        Interlocked.Add(ref _bytes, -size);
        return size;
    }

    /// <summary>Removes up to <paramref name="conversations"/> conversations up to <paramref name="highestTier"/>, lowest tier and longest idle first.</summary>
    private void Evict(int conversations, Tier highestTier)
    {
        var removed = 0;
        foreach (var (id, conversation) in LeastNeededFirst(conversation => conversation.Tier <= highestTier))
        {
            if (removed >= conversations)
            {
                break;
            }

            if (Remove(id, conversation) >= 0)
            {
                removed++;
            }
        }
    }

    /// <summary>The conversations that pass <paramref name="filter"/>, least likely to matter to a citizen first: lowest tier, then idle longest.</summary>
    private IEnumerable<(string Id, Conversation Conversation)> LeastNeededFirst(Func<Conversation, bool> filter) =>
        _conversations
            .Where(pair => filter(pair.Value))
            .Select(pair => (pair.Key, pair.Value, pair.Value.Tier, pair.Value.LastActivityTicks))
            .OrderBy(candidate => candidate.Tier)
            .ThenBy(candidate => candidate.LastActivityTicks)
            .Select(candidate => (candidate.Key, candidate.Value));

    /// <summary>Removes the conversation and wakes its stream readers so they close; returns the bytes freed, or -1 when already gone.</summary>
    private long Remove(string id, Conversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, Conversation>(id, conversation)))
        {
            return -1;
        }

        long size;
        TaskCompletionSource signal;
        lock (conversation)
        {
            conversation.Removed = true;
            size = conversation.Bytes;
            signal = conversation.Signal;
            foreach (var entry in conversation.Log)
            {
                _buffers.Return(entry.Utf8);
            }

            conversation.Log.Clear();
        }

        Interlocked.Add(ref _bytes, -size);
        signal.TrySetResult();
        return size;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// An activity as sent to readers (the first <see cref="Bytes"/> of a pooled buffer) and its place in the order of
    /// appends to the whole store. Held as UTF-8, about half the memory of a .NET string of it; each activity is read
    /// about once (by its conversation's stream). The buffer goes back to the pool, under the conversation's lock, when
    /// the entry leaves the log, so nothing reads it after.
    /// </summary>
    private readonly record struct Entry(byte[] Utf8, int Bytes, long Order);

    private sealed class Conversation(long createdTicks)
    {
        public readonly List<Entry> Log = [];
        public long FirstSequence = 1;
        public long Bytes;
        public bool Removed;
        public bool Started;
        public volatile Tier Tier;
        public long LastActivityTicks = createdTicks;
        public TaskCompletionSource Signal = NewSignal();
    }
}
