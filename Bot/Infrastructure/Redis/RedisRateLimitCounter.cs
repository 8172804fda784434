using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bot.Security;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Infrastructure.Redis;

/// <summary>
/// Fixed-window counters in Redis (<c>rl:&lt;partition&gt;</c>): INCR, and the first hit of a window sets its expiry,
/// in one script. One round trip per limit checked.
/// </summary>
public sealed class RedisRateLimitCounter : IRateLimitCounter
{
    // KEYS[1] counter; ARGV[1] window ms. Returns {count, ms until the window resets}.
    private const string HitScript = """
        local count = redis.call('INCR', KEYS[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return {count, ttl}
        """;

    // Partitions can carry a client-chosen user id: long ones are hashed so keys stay small.
    private const int MaxPlainPartitionLength = 128;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisOptions _options;

    public RedisRateLimitCounter(IConnectionMultiplexer redis, IOptions<RedisOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _redis = redis;
        _options = options.Value;
    }

    public async Task<RateLimitWindow> HitAsync(string partition, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partition);
        var milliseconds = (long)window.TotalMilliseconds;
        var result = await RedisGuard.Run(
            _redis.GetDatabase().ScriptEvaluateAsync(HitScript, [KeyFor(partition)], [milliseconds.ToString(CultureInfo.InvariantCulture)]),
            "count a request for the rate limit").WaitAsync(cancellationToken);
        var values = (RedisResult[])result!;
        return new RateLimitWindow((long)values[0], TimeSpan.FromMilliseconds((long)values[1]));
    }

    internal RedisKey KeyFor(string partition) => _options.Key(partition.Length <= MaxPlainPartitionLength
        ? "rl:" + partition
        : "rl:sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(partition))));
}
