using System.Collections.Concurrent;
using System.Globalization;
using Bot.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using StackExchange.Redis;

namespace Bot.Infrastructure.Redis;

/// <summary>
/// <see cref="IDirectLineStore"/> shared by every instance. Per conversation: a hash <c>dl:{id}:c</c> (the last
/// sequence number and the started mark) and a sorted set <c>dl:{id}:l</c> of <c>seq|json</c> scored by sequence,
/// both expiring after the last change: within <see cref="DirectLineOptions.UnusedConversationRetention"/> while nobody
/// connected, <see cref="DirectLineOptions.SilentConversationRetention"/> while nobody wrote, else
/// <see cref="DirectLineOptions.ConversationRetention"/>. The log is bounded in count and bytes like the memory store's. Appends run in one Lua
/// script, so sequence numbers are gap-free and a reader never sees sequence n+1 before n. Appends are announced on a
/// pub/sub channel so a stream waiting on another instance wakes at once; waits also time out and re-read, so a lost
/// announcement costs at most <see cref="MaxWait"/>. There is no conversation count limit: expiry bounds memory.
/// Redis errors surface as <see cref="StateStorageUnavailableException"/>.
/// </summary>
public sealed class RedisDirectLineStore : IDirectLineStore, IDisposable
{
    internal static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    // KEYS[1] conversation hash; ARGV[1] TTL ms of an unused conversation.
    private const string CreateScript = """
        if redis.call('HSETNX', KEYS[1], 'seq', 0) == 1 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          return 1
        end
        return 0
        """;

    // KEYS[1] hash, KEYS[2] log; ARGV[1] TTL ms of a silent conversation. A started conversation outlives an unused one.
    private const string MarkStartedScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        local started = redis.call('HSETNX', KEYS[1], 'started', 1)
        if started == 1 and redis.call('HEXISTS', KEYS[1], 'used') == 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          redis.call('PEXPIRE', KEYS[2], ARGV[1])
        end
        return started
        """;

    // KEYS[1] hash, KEYS[2] log; ARGV[1] JSON, ARGV[2] TTL ms once a citizen wrote, ARGV[3] max activities kept,
    // ARGV[4] channel, ARGV[5] conversation id, ARGV[6] max bytes kept, ARGV[7] '1' when a citizen wrote this one,
    // ARGV[8] TTL ms while nobody wrote. Members are 'seq|json'; the hash counts the JSON bytes held.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
        redis.call('ZADD', KEYS[2], seq, seq .. '|' .. ARGV[1])
        local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', #ARGV[1])
        local count = redis.call('ZCARD', KEYS[2])
        while count > 1 and (count > tonumber(ARGV[3]) or bytes > tonumber(ARGV[6])) do
          local oldest = redis.call('ZPOPMIN', KEYS[2])[1]
          bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -(#oldest - string.find(oldest, '|', 1, true)))
          count = count - 1
        end
        if ARGV[7] == '1' then redis.call('HSET', KEYS[1], 'used', 1) end
        local ttl = ARGV[8]
        if redis.call('HEXISTS', KEYS[1], 'used') == 1 then ttl = ARGV[2] end
        redis.call('PEXPIRE', KEYS[1], ttl)
        redis.call('PEXPIRE', KEYS[2], ttl)
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return seq
        """;

    // KEYS[1] hash, KEYS[2] log; ARGV[1] watermark, ARGV[2] max. Returns false, or {last seq, items...}.
    private const string ReadScript = """
        local seq = redis.call('HGET', KEYS[1], 'seq')
        if not seq then return false end
        local items = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf', 'LIMIT', 0, ARGV[2])
        table.insert(items, 1, seq)
        return items
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisOptions _redisOptions;
    private readonly DirectLineOptions _options;
    private readonly RedisChannel _appended;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private volatile bool _subscribed;

    public RedisDirectLineStore(IConnectionMultiplexer redis, IOptions<RedisOptions> redisOptions, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(redisOptions);
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _redisOptions = redisOptions.Value;
        _options = options.Value;
        _appended = RedisChannel.Literal(_redisOptions.Key("dl:appended"));
    }

    private string RetentionMilliseconds => Milliseconds(_options.ConversationRetention);

    private string SilentRetentionMilliseconds => Milliseconds(_options.SilentConversationRetention);

    private string UnusedRetentionMilliseconds => Milliseconds(_options.UnusedConversationRetention);

    public async Task<CreateConversationResult> CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var created = await EvaluateAsync(CreateScript, [HashKey(conversationId)], [UnusedRetentionMilliseconds], "create a Direct Line conversation", cancellationToken);
        return (int)created == 1 ? CreateConversationResult.Created : CreateConversationResult.AlreadyExists;
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        RedisGuard.Run(_redis.GetDatabase().KeyExistsAsync(HashKey(conversationId)), "read a Direct Line conversation").WaitAsync(cancellationToken);

    public async Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken) =>
        (int)await EvaluateAsync(MarkStartedScript, [HashKey(conversationId), LogKey(conversationId)], [SilentRetentionMilliseconds], "start a Direct Line conversation", cancellationToken) == 1;

    public async Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // The id depends on the sequence number the script assigns: stored without it, added when read.
        var clientId = activity.Id;
        activity.Id = null;
        var json = DirectLineJson.Serialize(activity);
        var sequence = (long)await EvaluateAsync(
            AppendScript,
            [HashKey(conversationId), LogKey(conversationId)],
            [json, RetentionMilliseconds, _options.MaxActivitiesPerConversation, _appended.ToString(), conversationId,
                _options.MaxBytesPerConversation, DirectLineActivities.IsFromCitizen(activity) ? "1" : "0", SilentRetentionMilliseconds],
            "append to a Direct Line conversation",
            cancellationToken);
        if (sequence < 0)
        {
            activity.Id = clientId;
            return null;
        }

        activity.Id = ActivityId(conversationId, sequence);
        Wake(conversationId);
        return activity.Id;
    }

    public async Task<ActivityPage?> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken)
    {
        var result = await EvaluateAsync(
            ReadScript,
            [HashKey(conversationId), LogKey(conversationId)],
            [Math.Max(0, watermark), max],
            "read a Direct Line conversation",
            cancellationToken);
        if (result.IsNull)
        {
            return null;
        }

        var values = (RedisResult[])result!;
        var last = long.Parse((string)values[0]!, CultureInfo.InvariantCulture);
        var items = new List<string>(values.Length - 1);
        for (var i = 1; i < values.Length; i++)
        {
            var stored = (string)values[i]!;
            var bar = stored.IndexOf('|', StringComparison.Ordinal);
            last = long.Parse(stored.AsSpan(0, bar), CultureInfo.InvariantCulture);
            items.Add(WithId(stored[(bar + 1)..], ActivityId(conversationId, last)));
        }

        return new ActivityPage(items, last);
    }

    public async Task WaitForActivitiesAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await EnsureSubscribedAsync(cancellationToken);

        // Register before checking, so an append between the check and the wait still wakes this reader.
        var signal = _waiters.GetOrAdd(conversationId, _ => NewSignal());
        var last = await RedisGuard.Run(_redis.GetDatabase().HashGetAsync(HashKey(conversationId), "seq"), "read a Direct Line conversation")
            .WaitAsync(cancellationToken);
        if (last.IsNull || (long)last > watermark)
        {
            return;
        }

        try
        {
            await signal.Task.WaitAsync(MaxWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Re-read: covers an announcement lost while the subscription was reconnecting.
            _waiters.TryRemove(new KeyValuePair<string, TaskCompletionSource>(conversationId, signal));
        }
    }

    public void Dispose() => _subscribing.Dispose();

    private async Task EnsureSubscribedAsync(CancellationToken cancellationToken)
    {
        if (_subscribed)
        {
            return;
        }

        await _subscribing.WaitAsync(cancellationToken);
        try
        {
            if (!_subscribed)
            {
                // The multiplexer re-subscribes by itself after a reconnect.
                await RedisGuard.Run(_redis.GetSubscriber().SubscribeAsync(_appended, (_, message) => Wake(message!)), "subscribe to Direct Line appends");
                _subscribed = true;
            }
        }
        finally
        {
            _subscribing.Release();
        }
    }

    private void Wake(string conversationId)
    {
        if (_waiters.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult();
        }
    }

    private Task<RedisResult> EvaluateAsync(string script, RedisKey[] keys, RedisValue[] values, string what, CancellationToken cancellationToken) =>
        RedisGuard.Run(_redis.GetDatabase().ScriptEvaluateAsync(script, keys, values), what).WaitAsync(cancellationToken);

    // The {id} hash tag keeps a conversation's keys in one cluster slot, as the scripts need.
    private RedisKey HashKey(string conversationId) => _redisOptions.Key("dl:{" + conversationId + "}:c");

    private RedisKey LogKey(string conversationId) => _redisOptions.Key("dl:{" + conversationId + "}:l");

    private static string Milliseconds(TimeSpan time) => ((long)time.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    private static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    private static string WithId(string json, string id) => "{\"id\":" + JsonConvert.ToString(id) + (json.Length > 2 ? "," : "") + json[1..];

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
