using System.Text.Json.Nodes;
using global::Bot.DirectLine;
using Microsoft.Bot.Schema;

namespace Bot.Tests.Bot.DirectLine;

/// <summary>What every <see cref="IDirectLineStore"/> must do; run against the memory store and the Redis store.</summary>
public abstract class DirectLineStoreContract
{
    /// <summary>A store; stores made by one test instance share their data (two Bot instances on one backend).</summary>
    protected abstract IDirectLineStore NewStore(DirectLineOptions? options = null);

    [Fact]
    public async Task NewConversationIsCreatedOnceAndStartedOnce()
    {
        var store = NewStore();
        var id = DirectLineConversations.NewConversationId();

        Assert.False(await store.ExistsAsync(id, default));
        Assert.Equal(CreateConversationResult.Created, await store.CreateConversationAsync(id, default));
        Assert.Equal(CreateConversationResult.AlreadyExists, await store.CreateConversationAsync(id, default));
        Assert.True(await store.ExistsAsync(id, default));
        Assert.True(await store.TryMarkStartedAsync(id, default));
        Assert.False(await store.TryMarkStartedAsync(id, default));
        Assert.False(await store.TryMarkStartedAsync("unknown-" + id, default));
    }

    [Fact]
    public async Task ActivitiesGetSequentialIdsAndAreReadAfterTheWatermarkInOrder()
    {
        var store = NewStore();
        var id = DirectLineConversations.NewConversationId();
        await store.CreateConversationAsync(id, default);

        var first = await store.AppendAsync(id, Message("một"), default);
        var second = await store.AppendAsync(id, Message("hai"), default);
        var third = await store.AppendAsync(id, Message("ba"), default);

        Assert.Equal(new List<string?> { id + "|0000001", id + "|0000002", id + "|0000003" }, new List<string?> { first, second, third });
        var all = await store.GetActivitiesAsync(id, 0, 100, default);
        Assert.Equal(["một", "hai", "ba"], Texts(all!));
        Assert.Equal(new List<string?> { first, second, third }, all!.ActivitiesJson.Select(j => (string?)JsonNode.Parse(j)!["id"]).ToList());
        Assert.Equal(3, all.Watermark);

        var page = await store.GetActivitiesAsync(id, 1, 1, default);
        Assert.Equal(["hai"], Texts(page!));
        Assert.Equal(2, page!.Watermark);

        var none = await store.GetActivitiesAsync(id, 3, 100, default);
        Assert.Empty(none!.ActivitiesJson);
        Assert.Equal(3, none.Watermark);
    }

    [Fact]
    public async Task UnknownConversationHasNoLogAndAcceptsNoActivity()
    {
        var store = NewStore();

        Assert.Null(await store.AppendAsync("missing-conversation", Message("x"), default));
        Assert.Null(await store.GetActivitiesAsync("missing-conversation", 0, 10, default));
    }

    [Fact]
    public async Task OldestActivitiesAreDroppedPastTheLimitWhileWatermarksKeepCounting()
    {
        var store = NewStore(new DirectLineOptions { MaxActivitiesPerConversation = 10 });
        var id = DirectLineConversations.NewConversationId();
        await store.CreateConversationAsync(id, default);
        for (var i = 1; i <= 13; i++)
        {
            await store.AppendAsync(id, Message("m" + i), default);
        }

        var page = await store.GetActivitiesAsync(id, 0, 100, default);

        Assert.Equal(Enumerable.Range(4, 10).Select(i => "m" + i), Texts(page!));
        Assert.Equal(13, page!.Watermark);
    }

    [Fact]
    public async Task AConversationHoldsNoMoreBytesThanItsBudgetAndKeepsTheNewestActivities()
    {
        var store = NewStore(new DirectLineOptions { MaxBytesPerConversation = 16 * 1024 });
        var id = DirectLineConversations.NewConversationId();
        await store.CreateConversationAsync(id, default);
        for (var i = 1; i <= 12; i++)
        {
            await store.AppendAsync(id, Message("m" + i, channelData: new string('x', 5000)), default);
        }

        var page = await store.GetActivitiesAsync(id, 0, 100, default);

        Assert.Equal(["m10", "m11", "m12"], Texts(page!));
        Assert.Equal(12, page!.Watermark);
        Assert.InRange(page.ActivitiesJson.Sum(json => json.Length), 15_000, 16 * 1024);
    }

    [Fact]
    public async Task AnActivityLargerThanTheConversationBudgetIsStillKeptAsTheNewest()
    {
        var store = NewStore(new DirectLineOptions { MaxBytesPerConversation = 16 * 1024 });
        var id = DirectLineConversations.NewConversationId();
        await store.CreateConversationAsync(id, default);

        await store.AppendAsync(id, Message("nhỏ"), default);
        await store.AppendAsync(id, Message("lớn", channelData: new string('x', 20_000)), default);

        Assert.Equal(["lớn"], Texts((await store.GetActivitiesAsync(id, 0, 100, default))!));
    }

    [Fact]
    public async Task AppendOnOneInstanceIsSeenAndWakesAReaderOnAnother()
    {
        var reader = NewStore();
        var writer = NewStore();
        var id = DirectLineConversations.NewConversationId();
        await reader.CreateConversationAsync(id, default);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var waiting = reader.WaitForActivitiesAsync(id, 0, cancel.Token);
        await writer.AppendAsync(id, Message("từ phiên khác"), default);
        await waiting;

        Assert.Equal(["từ phiên khác"], Texts((await reader.GetActivitiesAsync(id, 0, 10, default))!));
    }

    [Fact]
    public async Task ConcurrentAppendsLoseNothingAndKeepIdsUnique()
    {
        var stores = new[] { NewStore(), NewStore() };
        var id = DirectLineConversations.NewConversationId();
        await stores[0].CreateConversationAsync(id, default);

        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => stores[i % 2].AppendAsync(id, Message("m" + i), default)));

        Assert.Equal(40, ids.Distinct().Count());
        var page = await stores[1].GetActivitiesAsync(id, 0, 100, default);
        Assert.Equal(40, page!.ActivitiesJson.Count);
        Assert.Equal(40, page.Watermark);
    }

    protected static Activity Message(string text, string? channelData = null, string role = RoleTypes.User) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("dl_user", role: role),
        ChannelData = channelData,
    };

    protected static List<string?> Texts(ActivityPage page) => page.ActivitiesJson.Select(j => (string?)JsonNode.Parse(j)!["text"]).ToList();
}
