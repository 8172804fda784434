using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Infrastructure.Redis;

/// <summary>Builds the one shared multiplexer: never fails start-up when Redis is down, and reconnects by itself.</summary>
internal static class RedisConnectionFactory
{
    public static IConnectionMultiplexer Connect(RedisOptions options, ILogger logger)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);

        // Start even if Redis is down; turns fail (and apologise) until it is back, then the multiplexer reconnects.
        configuration.AbortOnConnectFail = false;

        // A citizen waiting for a dead Redis is worse than a quick apology: fail commands while disconnected
        // instead of queueing them until the timeout, and retry the connection at most every few seconds.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new ExponentialRetry(deltaBackOffMilliseconds: 250, maxDeltaBackOffMilliseconds: 5000);

        var multiplexer = ConnectionMultiplexer.Connect(configuration);
        multiplexer.ConnectionFailed += (_, e) =>
            logger.LogWarning(e.Exception, "Redis connection to {Endpoint} failed: {FailureType}", e.EndPoint, e.FailureType);
        multiplexer.ConnectionRestored += (_, e) =>
            logger.LogInformation("Redis connection to {Endpoint} restored", e.EndPoint);
        if (!multiplexer.IsConnected)
        {
            logger.LogWarning("Redis is not reachable at start-up; state operations fail until it is");
        }

        return multiplexer;
    }
}
