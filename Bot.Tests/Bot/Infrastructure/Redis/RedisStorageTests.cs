using global::Bot.Infrastructure.Redis;
using KnowledgeBase.Procedures;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace Bot.Tests.Bot.Infrastructure.Redis;

public sealed class RedisStorageTests : IClassFixture<RedisServerFixture>, IDisposable
{
    private readonly RedisTestConnections _connections;

    public RedisStorageTests(RedisServerFixture fixture) => _connections = new RedisTestConnections(fixture.Server);

    public void Dispose() => _connections.Dispose();

    [Fact]
    public async Task ConversationStateSavedByOneInstanceIsLoadedByAnother()
    {
        var reference = new ConversationReference
        {
            ChannelId = "webchat",
            ServiceUrl = "https://example.invalid/",
            Conversation = new ConversationAccount(id: "conv-1"),
            User = new ChannelAccount("citizen-1", "Nguyễn Văn A"),
        };

        var first = new ConversationState(_connections.NewStorage());
        var firstTurn = NewTurn("conv-1", "citizen-1");
        await first.CreateProperty<List<string>>("lastCodes").SetAsync(firstTurn, ["1.014061", "2.000123"]);
        await first.CreateProperty<SectionKind>("lastSection").SetAsync(firstTurn, SectionKind.Fees);
        await first.CreateProperty<ConversationReference>("reference").SetAsync(firstTurn, reference);
        await first.CreateProperty<Dictionary<string, int>>("counts").SetAsync(firstTurn, new Dictionary<string, int> { ["phí"] = 2 });
        await first.SaveChangesAsync(firstTurn);

        var second = new ConversationState(_connections.NewStorage());
        var secondTurn = NewTurn("conv-1", "citizen-1");
        Assert.Equal(["1.014061", "2.000123"], await second.CreateProperty<List<string>>("lastCodes").GetAsync(secondTurn));
        Assert.Equal(SectionKind.Fees, await second.CreateProperty<SectionKind>("lastSection").GetAsync(secondTurn));
        var loaded = await second.CreateProperty<ConversationReference>("reference").GetAsync(secondTurn);
        Assert.Equal("Nguyễn Văn A", loaded.User.Name);
        Assert.Equal("conv-1", loaded.Conversation.Id);
        Assert.Equal(2, (await second.CreateProperty<Dictionary<string, int>>("counts").GetAsync(secondTurn))["phí"]);
    }

    [Fact]
    public async Task ConversationStateWrittenByOneInstanceReplacesWhatAnotherSaw()
    {
        var a = new ConversationState(_connections.NewStorage());
        var b = new ConversationState(_connections.NewStorage());

        var turnA = NewTurn("conv-2", "citizen-2");
        await a.CreateProperty<string>("step").SetAsync(turnA, "asked-level");
        await a.SaveChangesAsync(turnA);

        var turnB = NewTurn("conv-2", "citizen-2");
        Assert.Equal("asked-level", await b.CreateProperty<string>("step").GetAsync(turnB));
        await b.CreateProperty<string>("step").SetAsync(turnB, "answered");
        await b.SaveChangesAsync(turnB);

        var nextTurnA = NewTurn("conv-2", "citizen-2");
        Assert.Equal("answered", await a.CreateProperty<string>("step").GetAsync(nextTurnA));
    }

    [Fact]
    public async Task ConversationStateExpiresAfterADayAndUserStateLasts()
    {
        var storage = _connections.NewStorage();
        var conversation = new ConversationState(storage);
        var user = new UserState(storage);
        var turn = NewTurn("conv-3", "citizen-3");
        await conversation.CreateProperty<string>("step").SetAsync(turn, "x");
        await user.CreateProperty<string>("language").SetAsync(turn, "vi");
        await conversation.SaveChangesAsync(turn);
        await user.SaveChangesAsync(turn);

        var db = _connections.Connect().GetDatabase();
        var conversationTtl = await db.KeyTimeToLiveAsync(storage.RedisKeyFor("test/conversations/conv-3"));
        var userTtl = await db.KeyTimeToLiveAsync(storage.RedisKeyFor("test/users/citizen-3"));
        Assert.InRange(conversationTtl!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.InRange(userTtl!.Value, TimeSpan.FromDays(29), TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task StoreItemWrittenWithAStaleETagIsRejectedAndTheNewerValueKept()
    {
        var a = _connections.NewStorage();
        var b = _connections.NewStorage();
        await a.WriteAsync(new Dictionary<string, object> { ["item"] = new JObject { ["count"] = 1, ["eTag"] = "*" } });

        var readByA = (JObject)(await a.ReadAsync(["item"]))["item"];
        var readByB = (JObject)(await b.ReadAsync(["item"]))["item"];
        Assert.False(string.IsNullOrEmpty(readByA.Value<string>("eTag")));

        readByB["count"] = 2;
        await b.WriteAsync(new Dictionary<string, object> { ["item"] = readByB });

        readByA["count"] = 3;
        var conflict = await Assert.ThrowsAsync<StateETagConflictException>(() => a.WriteAsync(new Dictionary<string, object> { ["item"] = readByA }));
        Assert.Contains("item", conflict.Message, StringComparison.Ordinal);

        var current = (JObject)(await a.ReadAsync(["item"]))["item"];
        Assert.Equal(2, current.Value<int>("count"));

        // Reading again gives the current ETag, and writing with it succeeds.
        current["count"] = 4;
        await a.WriteAsync(new Dictionary<string, object> { ["item"] = current });
        Assert.Equal(4, ((JObject)(await b.ReadAsync(["item"]))["item"]).Value<int>("count"));
    }

    [Fact]
    public async Task WildcardETagOverwritesWhateverIsStored()
    {
        var storage = _connections.NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["w"] = new JObject { ["v"] = "old", ["eTag"] = "*" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["w"] = new JObject { ["v"] = "new", ["eTag"] = "*" } });

        Assert.Equal("new", ((JObject)(await storage.ReadAsync(["w"]))["w"]).Value<string>("v"));
    }

    [Fact]
    public async Task DeletedStateIsGoneForEveryInstance()
    {
        var a = _connections.NewStorage();
        var b = _connections.NewStorage();
        await a.WriteAsync(new Dictionary<string, object> { ["gone"] = new List<string> { "x" }, ["kept"] = new List<string> { "y" } });

        await b.DeleteAsync(["gone"]);

        var read = await a.ReadAsync(["gone", "kept", "never-written"]);
        Assert.Equal(["kept"], read.Keys);
        Assert.Equal(["y"], (List<string>)read["kept"]);
    }

    [Theory]
    [InlineData("System.Diagnostics.Process, System.Diagnostics.Process", "System.Diagnostics.Process")]
    [InlineData("System.AppDomain, System.Private.CoreLib", "System.AppDomain")]
    [InlineData("System.Collections.Generic.List`1[[System.Diagnostics.Process, System.Diagnostics.Process]], System.Private.CoreLib", "System.Diagnostics.Process")]
    public async Task StoredStateNamingATypeOutsideTheAllowListIsRefused(string typeName, string refusedType)
    {
        var storage = _connections.NewStorage();
        var db = _connections.Connect().GetDatabase();
        await db.HashSetAsync(storage.RedisKeyFor("tampered"), [new HashEntry("d", $$"""{"$type":"{{typeName}}"}"""), new HashEntry("e", "1")]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => storage.ReadAsync(["tampered"]));
        Assert.Contains("could not be read", error.Message, StringComparison.Ordinal);
        Assert.Contains(refusedType, error.Message, StringComparison.Ordinal);
    }

    private static TurnContext NewTurn(string conversationId, string userId)
    {
        var activity = MessageFactory.Text("xin chào");
        activity.ChannelId = "test";
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = new ChannelAccount(userId);
        activity.Recipient = new ChannelAccount("bot");
        return new TurnContext(new TestAdapter(), (Activity)activity);
    }
}
