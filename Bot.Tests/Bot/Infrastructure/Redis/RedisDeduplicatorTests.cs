namespace Bot.Tests.Bot.Infrastructure.Redis;

public sealed class RedisDeduplicatorTests : IClassFixture<RedisServerFixture>, IDisposable
{
    private readonly RedisTestConnections _connections;

    public RedisDeduplicatorTests(RedisServerFixture fixture) => _connections = new RedisTestConnections(fixture.Server);

    public void Dispose() => _connections.Dispose();

    [Fact]
    public async Task RedeliveredMessageIsProcessedByOnlyOneInstance()
    {
        var a = _connections.NewDeduplicator();
        var b = _connections.NewDeduplicator();

        Assert.True(await a.TryMarkAsync("zalo:msg-1", TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.False(await b.TryMarkAsync("zalo:msg-1", TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.False(await a.TryMarkAsync("zalo:msg-1", TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.True(await b.TryMarkAsync("zalo:msg-2", TimeSpan.FromMinutes(10), CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentDeliveriesOfOneMessageLetExactlyOneThrough()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => _connections.NewDeduplicator()).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => instances[i % instances.Count].TryMarkAsync("zalo:burst", TimeSpan.FromMinutes(1), CancellationToken.None)));

        Assert.Single(results, marked => marked);
    }

    [Fact]
    public async Task ForgottenMessageIsAcceptedAgainByAnyInstance()
    {
        var a = _connections.NewDeduplicator();
        var b = _connections.NewDeduplicator();
        Assert.True(await a.TryMarkAsync("zalo:failed", TimeSpan.FromMinutes(10), CancellationToken.None));

        await a.ForgetAsync("zalo:failed", CancellationToken.None);

        Assert.True(await b.TryMarkAsync("zalo:failed", TimeSpan.FromMinutes(10), CancellationToken.None));
    }

    [Fact]
    public async Task MarkCarriesItsTimeToLiveSoRedisForgetsIt()
    {
        var deduplicator = _connections.NewDeduplicator();
        await deduplicator.TryMarkAsync("zalo:ttl", TimeSpan.FromMinutes(5), CancellationToken.None);

        var ttl = await _connections.Connect().GetDatabase().KeyTimeToLiveAsync(deduplicator.RedisKeyFor("zalo:ttl"));

        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }
}
