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
        try
        {
            return await _redis.GetDatabase()
                .StringSetAsync(RedisKeyFor(key), 1, ttl, When.NotExists)
                .WaitAsync(ct);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new StateStorageUnavailableException($"Could not record a processed message: Redis is unavailable ({ex.GetType().Name}).", ex);
        }
    }

    public async Task ForgetAsync(string key, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        try
        {
            await _redis.GetDatabase().KeyDeleteAsync(RedisKeyFor(key)).WaitAsync(ct);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new StateStorageUnavailableException($"Could not forget a processed message: Redis is unavailable ({ex.GetType().Name}).", ex);
        }
    }

    internal RedisKey RedisKeyFor(string key) => _options.Key("dedup:" + key);
}
