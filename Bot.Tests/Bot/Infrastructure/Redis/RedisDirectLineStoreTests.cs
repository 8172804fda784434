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

    protected override IDirectLineStore NewStore(int maxActivitiesPerConversation = 500)
    {
        var store = new RedisDirectLineStore(
            _connections.Connect(),
            Options.Create(_connections.Options),
            Options.Create(new DirectLineOptions { MaxActivitiesPerConversation = maxActivitiesPerConversation }));
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
        await store.AppendAsync(id, new Microsoft.Bot.Schema.Activity { Type = "message", Text = "x" }, default);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await store.ExistsAsync(id, default) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.False(await store.ExistsAsync(id, default));
        Assert.Null(await store.GetActivitiesAsync(id, 0, 10, default));
    }
}
