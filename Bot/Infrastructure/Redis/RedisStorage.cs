using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace Bot.Infrastructure.Redis;

/// <summary>
/// Bot Framework <see cref="IStorage"/> in Redis, so any instance can continue any conversation.
/// Each key is a hash: <c>d</c> holds the JSON (with <c>$type</c> names, like <c>MemoryStorage</c>) and <c>e</c> the ETag.
/// Store items carrying an ETag are written only if it still matches (checked atomically in a Lua script);
/// null, empty or <c>*</c> ETags overwrite, as in the Bot Framework's own storages. Every write renews the key's TTL.
/// </summary>
public sealed class RedisStorage : IStorage
{
    // KEYS[1] key; ARGV[1] expected ETag ('' = unconditional), ARGV[2] JSON, ARGV[3] new ETag, ARGV[4] TTL in ms (0 = none).
    private const string WriteScript = """
        if ARGV[1] ~= '' then
          local current = redis.call('HGET', KEYS[1], 'e')
          if current and current ~= ARGV[1] then
            return current
          end
        end
        redis.call('HSET', KEYS[1], 'd', ARGV[2], 'e', ARGV[3])
        if tonumber(ARGV[4]) > 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
        else
          redis.call('PERSIST', KEYS[1])
        end
        return false
        """;

    private static readonly RedisValue[] Fields = ["d", "e"];

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisOptions _options;
    private readonly JsonSerializer _serializer;

    public RedisStorage(IConnectionMultiplexer redis, IOptions<RedisOptions> options)
    {
        _redis = redis;
        _options = options.Value;
        _serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.All,
            SerializationBinder = StateTypeBinder.Instance,
            NullValueHandling = NullValueHandling.Include,
            MaxDepth = 64,
        });
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var db = _redis.GetDatabase();
        var reads = keys.Distinct(StringComparer.Ordinal)
            .Select(key => (Key: key, Values: db.HashGetAsync(RedisKeyFor(key), Fields)))
            .ToList();
        await RedisGuard.Run(Task.WhenAll(reads.Select(r => r.Values)), "read bot state").WaitAsync(cancellationToken);

        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, values) in reads)
        {
            var stored = await values;
            if (stored[0].IsNull)
            {
                continue;
            }

            result[key] = Deserialize(key, (string)stored[0]!, (string?)stored[1]);
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var db = _redis.GetDatabase();
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                await RedisGuard.Run(db.KeyDeleteAsync(RedisKeyFor(key)), "write bot state");
                continue;
            }

            var expected = ExpectedETag(value);
            var json = Serialize(value);
            var newETag = Guid.NewGuid().ToString("N");
            var ttl = (long)TtlFor(key).TotalMilliseconds;
            var conflict = await RedisGuard.Run(
                db.ScriptEvaluateAsync(
                    WriteScript,
                    [RedisKeyFor(key)],
                    [expected, json, newETag, ttl.ToString(CultureInfo.InvariantCulture)]),
                "write bot state");
            if (!conflict.IsNull)
            {
                throw new StateETagConflictException(
                    $"ETag conflict writing '{key}': expected {expected}, current {conflict}. Another instance changed it since it was read.");
            }

            if (value is IStoreItem item)
            {
                item.ETag = newETag;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Length == 0)
        {
            return;
        }

        await RedisGuard.Run(_redis.GetDatabase().KeyDeleteAsync(keys.Select(RedisKeyFor).ToArray()), "delete bot state");
    }

    /// <summary>The TTL a key gets on write: user state lives longer than conversation state.</summary>
    internal TimeSpan TtlFor(string key) =>
        StateKeys.IsUserState(key) ? _options.UserStateTtl : _options.ConversationStateTtl;

    internal RedisKey RedisKeyFor(string key) => _options.Key("state:" + key);

    private static string ExpectedETag(object value)
    {
        var etag = value switch
        {
            IStoreItem item => item.ETag,
            JObject json => json.Value<string>("eTag") ?? json.Value<string>("ETag"),
            _ => null,
        };
        return string.IsNullOrEmpty(etag) || etag == "*" ? string.Empty : etag;
    }

    private string Serialize(object value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        _serializer.Serialize(writer, value, typeof(object));
        return writer.ToString();
    }

    private object Deserialize(string key, string json, string? etag)
    {
        object? value;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = 64 };
            value = _serializer.Deserialize<object>(reader);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Stored state '{key}' could not be read: {ex.Message}", ex);
        }

        switch (value)
        {
            case IStoreItem item:
                item.ETag = etag;
                break;
            case JObject untyped when etag is not null:
                untyped["eTag"] = etag;
                break;
        }

        return value ?? throw new InvalidDataException($"Stored state '{key}' is null.");
    }
}
