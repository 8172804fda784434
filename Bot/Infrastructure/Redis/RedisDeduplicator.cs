using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Infrastructure.Redis;

/// <summary>
/// <see cref="IMessageDeduplicator"/> shared by every instance: <c>SET key 1 NX PX ttl</c> succeeds for exactly one caller.
/// Redis errors surface as <see cref="StateStorageUnavailableException"/>.
/// </summary>
public sealed class RedisDeduplicator : IMessageDeduplicator
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisOptions _options;

    public RedisDeduplicator(IConnectionMultiplexer redis, IOptions<RedisOptions> options)
    {
        _redis = redis;
        _options = options.Value;
    }

    public async Task<bool> TryMarkAsync(string key, TimeSpan ttl, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        ct.ThrowIfCancellationRequested();
        return await RedisGuard.Run(_redis.GetDatabase().StringSetAsync(RedisKeyFor(key), 1, ttl, When.NotExists), "record a processed message")
            .WaitAsync(ct);
    }

    public async Task ForgetAsync(string key, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await RedisGuard.Run(_redis.GetDatabase().KeyDeleteAsync(RedisKeyFor(key)), "forget a processed message").WaitAsync(ct);
    }

    internal RedisKey RedisKeyFor(string key) => _options.Key("dedup:" + key);
}
