using global::Bot.Infrastructure.Redis;
using Microsoft.Bot.Builder;
using System.Diagnostics;

namespace Bot.Tests.Bot.Infrastructure.Redis;

/// <summary>Each test owns its Redis, because it kills it.</summary>
public sealed class RedisOutageTests
{
    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task StateSurvivesARedisCrashAndWritesWorkAgainOnceItIsBack()
    {
        using var server = RedisServer.Start(persistent: true);
        using var connections = new RedisTestConnections(server);
        var storage = connections.NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c1"] = new Dictionary<string, object> { ["step"] = "asked-level" } });

        server.Kill();

        var down = await Assert.ThrowsAsync<StateStorageUnavailableException>(() => storage.ReadAsync(["test/conversations/c1"]));
        Assert.Contains("Redis is unavailable", down.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StateStorageUnavailableException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c2"] = new Dictionary<string, object> { ["step"] = "x" } }));

        server.Restart();

        var recovered = await RetryUntilRedisIsBackAsync(() => storage.ReadAsync(["test/conversations/c1"]));
        Assert.Equal("asked-level", ((IDictionary<string, object>)recovered["test/conversations/c1"])["step"]);

        await storage.WriteAsync(new Dictionary<string, object> { ["test/conversations/c2"] = new Dictionary<string, object> { ["step"] = "answered" } });
        var other = connections.NewStorage();
        var read = await other.ReadAsync(["test/conversations/c2"]);
        Assert.Equal("answered", ((IDictionary<string, object>)read["test/conversations/c2"])["step"]);
    }

    [Fact]
    public async Task DeduplicationFailsClearlyWhileRedisIsDownAndRecovers()
    {
        using var server = RedisServer.Start();
        using var connections = new RedisTestConnections(server);
        var deduplicator = connections.NewDeduplicator();
        Assert.True(await deduplicator.TryMarkAsync("m1", TimeSpan.FromMinutes(1), CancellationToken.None));

        server.Kill();
        await Assert.ThrowsAsync<StateStorageUnavailableException>(() => deduplicator.TryMarkAsync("m2", TimeSpan.FromMinutes(1), CancellationToken.None));

        server.Restart();
        Assert.True(await RetryUntilRedisIsBackAsync(() => deduplicator.TryMarkAsync("m2", TimeSpan.FromMinutes(1), CancellationToken.None)));
        Assert.False(await deduplicator.TryMarkAsync("m2", TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task StorageCreatedWhileRedisIsDownFailsClearlyInsteadOfHanging()
    {
        using var server = RedisServer.Start();
        server.Kill();
        using var connections = new RedisTestConnections(server);

        var storage = connections.NewStorage();

        await Assert.ThrowsAsync<StateStorageUnavailableException>(() => storage.ReadAsync(["test/conversations/c1"]));
    }

    private static async Task<T> RetryUntilRedisIsBackAsync<T>(Func<Task<T>> operation)
    {
        // The multiplexer reconnects on its own schedule; poll (bounded) instead of guessing a delay.
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await operation();
            }
            catch (StateStorageUnavailableException) when (elapsed.Elapsed < RecoveryDeadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
