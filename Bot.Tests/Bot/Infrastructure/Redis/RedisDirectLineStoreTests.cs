using Bot.Tests.Bot.DirectLine;
using global::Bot.DirectLine;
using global::Bot.Infrastructure.Redis;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Infrastructure.Redis;

/// <summary>The Direct Line store contract on a real redis-server; each store is a separate connection, as a separate instance would hold.</summary>
public sealed class RedisDirectLineStoreTests : DirectLineStoreContract, IClassFixture<RedisServerFixture>, IDisposable
{
    private readonly RedisTestConnections _connections;
    private readonly List<RedisDirectLineStore> _stores = [];

    public RedisDirectLineStoreTests(RedisServerFixture redis) => _connections = new RedisTestConnections(redis.Server);

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _connections.Dispose();
    }

    protected override IDirectLineStore NewStore(DirectLineOptions? options = null)
    {
        var store = new RedisDirectLineStore(
            _connections.Connect(),
            Options.Create(_connections.Options),
            Options.Create(options ?? new DirectLineOptions()));
        _stores.Add(store);
        return store;
    }

    [Fact]
    public async Task ConversationExpiresAfterTheRetentionTime()
    {
        var store = new RedisDirectLineStore(
            _connections.Connect(),
            Options.Create(_connections.Options),
            Options.Create(new DirectLineOptions { ConversationRetention = TimeSpan.FromMilliseconds(300) }));
        _stores.Add(store);
        var id = DirectLineConversations.NewConversationId();
        await store.CreateConversationAsync(id, default);
        await store.AppendAsync(id, Message("x"), default);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await store.ExistsAsync(id, default) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.False(await store.ExistsAsync(id, default));
        Assert.Null(await store.GetActivitiesAsync(id, 0, 10, default));
    }

    [Fact]
    public async Task ATokenNobodyUsesExpiresWithinMinutesAndAConversationLivesLongerOnceACitizenWrites()
    {
        var options = new DirectLineOptions
        {
            UnusedConversationRetention = TimeSpan.FromMinutes(1),
            SilentConversationRetention = TimeSpan.FromMinutes(10),
            ConversationRetention = TimeSpan.FromHours(2),
        };
        var store = NewStore(options);
        var redis = _connections.Connect().GetDatabase();
        var id = DirectLineConversations.NewConversationId();
        var hash = _connections.Options.Key("dl:{" + id + "}:c");
        var log = _connections.Options.Key("dl:{" + id + "}:l");

        await store.CreateConversationAsync(id, default);
        Assert.InRange((await redis.KeyTimeToLiveAsync(hash))!.Value, TimeSpan.FromSeconds(1), options.UnusedConversationRetention);

        await store.TryMarkStartedAsync(id, default);
        await store.AppendAsync(id, Message("Xin chào, tôi là trợ lý ảo.", role: Microsoft.Bot.Schema.RoleTypes.Bot), default);
        Assert.InRange((await redis.KeyTimeToLiveAsync(hash))!.Value, options.UnusedConversationRetention, options.SilentConversationRetention);
        Assert.InRange((await redis.KeyTimeToLiveAsync(log))!.Value, options.UnusedConversationRetention, options.SilentConversationRetention);

        await store.AppendAsync(id, Message("làm lại cccd ở đâu"), default);
        await store.AppendAsync(id, Message("Bạn đến Công an phường.", role: Microsoft.Bot.Schema.RoleTypes.Bot), default);
        Assert.InRange((await redis.KeyTimeToLiveAsync(hash))!.Value, options.SilentConversationRetention, options.ConversationRetention);
        Assert.InRange((await redis.KeyTimeToLiveAsync(log))!.Value, options.SilentConversationRetention, options.ConversationRetention);
    }
}
