using global::Bot.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.DirectLine;

public sealed class MemoryDirectLineStoreTests : DirectLineStoreContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.FromHours(7)));
    private MemoryDirectLineStore? _shared;

    // One process, one store: "another instance" of the memory store is the same object.
    protected override IDirectLineStore NewStore(DirectLineOptions? options = null) =>
        _shared ??= new MemoryDirectLineStore(Options.Create(options ?? new DirectLineOptions()), TimeProvider.System);

    [Fact]
    public async Task TokensNobodyUsesExpireWithinMinutesWhileConversationsWithACitizenStay()
    {
        var store = Store(new DirectLineOptions());
        var unused = await NewConversationAsync(store);
        var silent = await NewConversationAsync(store);
        await store.TryMarkStartedAsync(silent, default);
        var inUse = await NewConversationAsync(store);
        await store.TryMarkStartedAsync(inUse, default);
        await store.AppendAsync(inUse, Message("làm lại cccd ở đâu"), default);

        _time.Advance(TimeSpan.FromMinutes(6));
        await NewConversationAsync(store);
        Assert.False(await store.ExistsAsync(unused, default));
        Assert.True(await store.ExistsAsync(silent, default));

        _time.Advance(TimeSpan.FromMinutes(30));
        await NewConversationAsync(store);
        Assert.False(await store.ExistsAsync(silent, default));
        Assert.True(await store.ExistsAsync(inUse, default));
    }

    [Fact]
    public async Task AFullStoreMakesRoomFromUnusedConversationsBeforeAnyCitizenLosesTheirs()
    {
        var store = Store(new DirectLineOptions { MaxConversations = 10 });
        var inUse = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var id = await NewConversationAsync(store);
            await store.AppendAsync(id, Message("câu hỏi " + i), default);
            inUse.Add(id);
        }

        // Someone mints tokens in bulk and never uses them.
        for (var i = 0; i < 5; i++)
        {
            await NewConversationAsync(store);
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(CreateConversationResult.Created, await store.CreateConversationAsync(DirectLineConversations.NewConversationId(), default));
        }

        foreach (var id in inUse)
        {
            Assert.True(await store.ExistsAsync(id, default));
        }
    }

    [Fact]
    public async Task AStoreFullOfConversationsInUseRefusesANewOne()
    {
        var store = Store(new DirectLineOptions { MaxConversations = 3 });
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAsync(await NewConversationAsync(store), Message("câu hỏi"), default);
        }

        Assert.Equal(CreateConversationResult.StoreFull, await store.CreateConversationAsync(DirectLineConversations.NewConversationId(), default));
    }

    [Fact]
    public async Task BytesHeldStayWithinTheStoreBudgetAndTheOldestActivitiesGoFirstWhileEveryConversationStays()
    {
        var options = new DirectLineOptions { MaxStoreBytes = 1024 * 1024, MaxBytesPerConversation = 256 * 1024 };
        var store = Store(options);
        var ids = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var id = await NewConversationAsync(store);
            ids.Add(id);
            for (var j = 0; j < 5; j++)
            {
                await store.AppendAsync(id, Message("tin " + j, new string('x', 40_000)), default);
                Assert.InRange(store.Bytes, 0, options.MaxStoreBytes);
            }

            _time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(5, (await store.GetActivitiesAsync(ids[^1], 0, 100, default))!.ActivitiesJson.Count);
        var oldest = await store.GetActivitiesAsync(ids[0], 0, 100, default);
        Assert.Empty(oldest!.ActivitiesJson);
        Assert.Equal(5, oldest.Watermark);
        var held = 0L;
        foreach (var id in ids)
        {
            Assert.True(await store.ExistsAsync(id, default));
            var page = await store.GetActivitiesAsync(id, 0, 100, default);
            held += page!.ActivitiesJson.Sum(json => json.Length);
        }

        Assert.Equal(store.Bytes, held);
    }

    [Fact]
    public async Task ACitizenWhoKeepsWritingWhileManyOthersFillTheByteBudgetKeepsTheirConversation()
    {
        var options = new DirectLineOptions { MaxStoreBytes = 1024 * 1024, MaxBytesPerConversation = 256 * 1024 };
        var store = Store(options);
        var ids = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add(await NewConversationAsync(store));
        }

        // Fifty conversations in turn, each message answered, a few megabytes in all: the budget is passed many times over.
        for (var round = 0; round < 10; round++)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                Assert.NotNull(await store.AppendAsync(ids[i], Message($"câu hỏi {i}/{round}"), default));
                Assert.NotNull(await store.AppendAsync(ids[i], Message($"trả lời {i}/{round}", new string('x', 8_000), RoleTypes.Bot), default));
                Assert.InRange(store.Bytes, 0, options.MaxStoreBytes);
                _time.Advance(TimeSpan.FromMilliseconds(100));
            }
        }

        Assert.Equal(50, store.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.True(await store.ExistsAsync(ids[i], default));

            // Buffers of dropped activities are reused: each log still reads back as its own activities only.
            var texts = Texts((await store.GetActivitiesAsync(ids[i], 0, 100, default))!);
            Assert.All(texts, text => Assert.Contains($" {i}/", text, StringComparison.Ordinal));
        }

        Assert.NotEmpty(Texts((await store.GetActivitiesAsync(ids[^1], 0, 100, default))!));
    }

    [Fact]
    public async Task AnActivityLargerThanThePooledBuffersIsKeptReadAndDroppedLikeAnyOther()
    {
        var store = Store(new DirectLineOptions { MaxActivitiesPerConversation = 10 });
        var id = await NewConversationAsync(store);

        await store.AppendAsync(id, Message("lớn", new string('x', 100_000)), default);
        Assert.Equal(["lớn"], Texts((await store.GetActivitiesAsync(id, 0, 100, default))!));
        for (var i = 0; i < 10; i++)
        {
            await store.AppendAsync(id, Message("nhỏ " + i), default);
        }

        var page = await store.GetActivitiesAsync(id, 0, 100, default);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => "nhỏ " + i), Texts(page!));
        Assert.Equal(page!.ActivitiesJson.Sum(json => System.Text.Encoding.UTF8.GetByteCount(json)), store.Bytes);
    }

    [Fact]
    public async Task AConversationIdleLongerThanItsRetentionGoesWithEveryByteItHeld()
    {
        var options = new DirectLineOptions();
        var store = Store(options);
        var idle = await NewConversationAsync(store);
        for (var i = 0; i < 20; i++)
        {
            await store.AppendAsync(idle, Message("câu hỏi " + i, new string('x', 4_000)), default);
        }

        Assert.InRange(store.Bytes, 80_000, 100_000);

        _time.Advance(options.ConversationRetention + TimeSpan.FromMinutes(2));
        var next = await NewConversationAsync(store);

        Assert.False(await store.ExistsAsync(idle, default));
        Assert.Equal(1, store.Count);
        Assert.Equal(0, store.Bytes);
        Assert.NotNull(await store.AppendAsync(next, Message("thủ tục khai sinh"), default));
        Assert.Equal(["thủ tục khai sinh"], Texts((await store.GetActivitiesAsync(next, 0, 100, default))!));
    }

    [Fact]
    public async Task AReaderBehindAnEmptiedLogWaitsForTheNextActivityAndThenReadsIt()
    {
        var store = Store(new DirectLineOptions { MaxStoreBytes = 1024 * 1024, MaxBytesPerConversation = 256 * 1024 });
        var reader = await NewConversationAsync(store);
        for (var i = 1; i <= 4; i++)
        {
            await store.AppendAsync(reader, Message("tin " + i), default);
        }

        // The reader saw two activities; then others write enough for its idle log to be emptied.
        _time.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 8; i++)
        {
            var other = await NewConversationAsync(store);
            for (var j = 0; j < 5; j++)
            {
                await store.AppendAsync(other, Message("khác " + j, new string('x', 40_000)), default);
            }
        }

        Assert.Empty((await store.GetActivitiesAsync(reader, 2, 100, default))!.ActivitiesJson);
        var waiting = store.WaitForActivitiesAsync(reader, 2, default);
        Assert.False(waiting.IsCompleted);

        await store.AppendAsync(reader, Message("tin 5"), default);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        var page = await store.GetActivitiesAsync(reader, 2, 100, default);
        Assert.Equal(["tin 5"], Texts(page!));
        Assert.Equal(5, page!.Watermark);
    }

    private MemoryDirectLineStore Store(DirectLineOptions options) => new(Options.Create(options), _time);

    private static async Task<string> NewConversationAsync(MemoryDirectLineStore store)
    {
        var id = DirectLineConversations.NewConversationId();
        Assert.Equal(CreateConversationResult.Created, await store.CreateConversationAsync(id, default));
        return id;
    }
}
