using global::Bot.Infrastructure.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Tests.Bot.Infrastructure.Redis;

/// <summary>
/// Connections made the way the Bot makes them. Each <see cref="Connect"/> is a separate multiplexer, i.e. what a
/// separate Bot instance would hold; tests get their own key prefix so classes can share one server.
/// </summary>
internal sealed class RedisTestConnections : IDisposable
{
    private readonly List<IConnectionMultiplexer> _connections = [];

    public RedisTestConnections(RedisServer server)
    {
        Options = new RedisOptions
        {
            // Generous timeouts: the whole suite runs in parallel on two cores and these tests are not about latency.
            // A dead server is still detected at once (refused connection, fail-fast backlog).
            Configuration = server.ConnectionString + ",connectTimeout=15000,syncTimeout=15000,asyncTimeout=15000",
            KeyPrefix = "test-" + Guid.NewGuid().ToString("N")[..12] + ":",
        };
    }

    public RedisOptions Options { get; }

    public IConnectionMultiplexer Connect()
    {
        var connection = RedisConnectionFactory.Connect(Options, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        _connections.Add(connection);
        return connection;
    }

    public RedisStorage NewStorage() => new(Connect(), Microsoft.Extensions.Options.Options.Create(Options));

    public RedisDeduplicator NewDeduplicator() => new(Connect(), Microsoft.Extensions.Options.Options.Create(Options));

    public void Dispose()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }
}
