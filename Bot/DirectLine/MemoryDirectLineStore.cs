using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

/// <summary>
/// Single-instance store: each conversation keeps a bounded ring of serialized activities and a signal that is
/// replaced on every append, so stream readers wake without polling. Idle conversations are swept after the retention time.
/// </summary>
public sealed class MemoryDirectLineStore : IDirectLineStore
{
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private long _lastSweepTicks;

    public MemoryDirectLineStore(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _lastSweepTicks = time.GetUtcNow().UtcTicks;
    }

    public int Count => _conversations.Count;

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
                return Task.FromResult(CreateConversationResult.StoreFull);
            }
        }

        var added = _conversations.TryAdd(conversationId, new Conversation(_time.GetUtcNow()));
        return Task.FromResult(added ? CreateConversationResult.Created : CreateConversationResult.AlreadyExists);
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.ContainsKey(conversationId));

    public Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.TryGetValue(conversationId, out var conversation) &&
                        Interlocked.Exchange(ref conversation.Started, 1) == 0);

    public Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return Task.FromResult<string?>(null);
        }

        TaskCompletionSource signal;
        string id;
        lock (conversation)
        {
            var sequence = conversation.FirstSequence + conversation.Log.Count;
            id = conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            activity.Id = id;
            conversation.Log.Add(DirectLineJson.Serialize(activity));
            if (conversation.Log.Count > _options.MaxActivitiesPerConversation)
            {
                conversation.Log.RemoveAt(0);
                conversation.FirstSequence++;
            }

            conversation.LastActivity = _time.GetUtcNow();
            signal = conversation.Signal;
            conversation.Signal = NewSignal();
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
            var items = conversation.Log.GetRange(start, count);
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
            if (conversation.FirstSequence + conversation.Log.Count - 1 > watermark)
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
        var cutoff = _time.GetUtcNow() - _options.ConversationRetention;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastActivity < cutoff && _conversations.TryRemove(id, out var removed))
            {
                // Wake stream readers so they notice the conversation is gone and close.
                removed.Signal.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Conversation(DateTimeOffset created)
    {
        public readonly List<string> Log = [];
        public long FirstSequence = 1;
        public int Started;
        public DateTimeOffset LastActivity = created;
        public TaskCompletionSource Signal = NewSignal();
    }
}
