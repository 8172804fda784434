using Bot.Conversation;
using Bot.Hosting;
using Bot.Infrastructure;
using Bot.Infrastructure.Redis;
using Bot.Tests.Bot.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.Infrastructure;

/// <summary>
/// The single-instance state store stays bounded over days of traffic: idle entries expire, a hard cap evicts the
/// least recently used, all measured on a fake clock; a conversation in use and ETag checks are unaffected.
/// </summary>
public sealed class InProcessStorageExpiryTests
{
    private const string Conversation = "webchat/conversations/a";
    private const string OtherConversation = "webchat/conversations/b";
    private const string User = "webchat/users/citizen-1";

    private readonly FakeLogger<InProcessStorage> _logger = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AnIdleConversationIsGoneAfterItsTtlWhileAFreshOneStays()
    {
        var storage = Storage();
        await WriteAsync(storage, Conversation, "1.001193");
        await WriteAsync(storage, OtherConversation, "1.014064");

        _clock.Advance(TimeSpan.FromHours(23));
        await storage.ReadAsync([OtherConversation]);
        _clock.Advance(TimeSpan.FromHours(2));

        var read = await storage.ReadAsync([Conversation, OtherConversation]);
        Assert.Equal([OtherConversation], read.Keys);
        Assert.Equal(1, storage.Count);
    }

    [Fact]
    public async Task UserStateOutlivesConversationStateAndExpiresAfterItsOwnTtl()
    {
        var storage = Storage();
        await WriteAsync(storage, Conversation, "1.001193");
        await WriteAsync(storage, User, "1.001193");

        _clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal([User], (await storage.ReadAsync([Conversation, User])).Keys);

        _clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));
        Assert.Empty(await storage.ReadAsync([User]));
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task AConversationInUseIsNeverDroppedHoweverLongItLasts()
    {
        var storage = Storage();
        await WriteAsync(storage, Conversation, "1.001193");

        for (var hour = 0; hour < 72; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            Assert.Single(await storage.ReadAsync([Conversation]));
        }

        _clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        Assert.Empty(await storage.ReadAsync([Conversation]));
    }

    [Fact]
    public async Task PastTheCapTheLeastRecentlyUsedEntryIsEvicted()
    {
        var storage = Storage(maxEntries: 100);
        for (var i = 0; i < 100; i++)
        {
            await WriteAsync(storage, Key(i), "1.001193");
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        await storage.ReadAsync([Key(0)]);
        await WriteAsync(storage, Key(100), "1.001193");

        Assert.Equal(100, storage.Count);
        Assert.Empty(await storage.ReadAsync([Key(1)]));
        Assert.Equal(3, (await storage.ReadAsync([Key(0), Key(2), Key(100)])).Count);
    }

    [Fact]
    public async Task AFullStoreWarnsWhenItStartsEvictingAndThenAtMostHourly()
    {
        var storage = Storage(maxEntries: 100);
        for (var i = 0; i < 100; i++)
        {
            await WriteAsync(storage, Key(i), "1.001193");
        }

        Assert.Empty(_logger.Collector.GetSnapshot());
        for (var i = 100; i < 150; i++)
        {
            await WriteAsync(storage, Key(i), "1.001193");
        }

        var warning = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("StateStore:MaxEntries", warning.Message);

        _clock.Advance(InProcessStorage.CapWarningInterval);
        await WriteAsync(storage, Key(150), "1.001193");
        Assert.Equal(2, _logger.Collector.Count);
    }

    [Fact]
    public async Task TheCapEvictsAcrossKindsByLastUseNotByKind()
    {
        var storage = Storage(maxEntries: 100);
        await WriteAsync(storage, User, "1.001193");
        _clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 99; i++)
        {
            await WriteAsync(storage, Key(i), "1.001193");
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        await storage.ReadAsync([User]);
        await WriteAsync(storage, Key(99), "1.001193");

        Assert.Single(await storage.ReadAsync([User]));
        Assert.Empty(await storage.ReadAsync([Key(0)]));
    }

    [Fact]
    public async Task OfConcurrentWritersHoldingTheSameETagExactlyOneWins()
    {
        // Conversation state itself is written last-writer-wins by the Bot Framework; store items carry ETags.
        var storage = Storage();
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note() });
        var copies = new List<IDictionary<string, object>>();
        for (var i = 0; i < 16; i++)
        {
            copies.Add(await storage.ReadAsync([Conversation]));
        }

        Assert.All(copies, copy => Assert.False(string.IsNullOrEmpty(((Note)copy[Conversation]).ETag)));
        var outcomes = await Task.WhenAll(copies.Select(copy => Task.Run(async () =>
        {
            try
            {
                await storage.WriteAsync(copy);
                return true;
            }
            catch (StateETagConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    [Fact]
    public async Task AWriterWhoseStateExpiredStartsAFreshEntryAndStaleETagsAreRefusedAgain()
    {
        var storage = Storage();
        var item = new Note();
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = item });
        var staleETag = item.ETag;
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note { ETag = "*" } });
        await Assert.ThrowsAsync<StateETagConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note { ETag = staleETag } }));

        _clock.Advance(TimeSpan.FromHours(25));
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note { ETag = staleETag } });

        await Assert.ThrowsAsync<StateETagConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new Note { ETag = staleETag } }));
    }

    [Fact]
    public async Task ACitizenWhoComesBackAfterExpiryIsGreetedNormallyAndStartsAfresh()
    {
        const string unmatched = "nghi co 10 ngay thoi thi co can bao khong";
        var storage = Storage();
        using var harness = new BotHarness(time: _clock, storage: storage);
        var adapter = new TestAdapter("webchat");

        var answer = Assert.Single(await BotHarness.RepliesAsync(adapter, harness.Bot, "đăng ký khai sinh cho con cần giấy tờ gì"));
        Assert.Equal("1.001193", answer.Code());
        _clock.Advance(TimeSpan.FromHours(25));

        var greeting = Assert.Single(await BotHarness.RepliesAsync(adapter, harness.Bot, "xin chào"));
        Assert.Equal("smallTalk", greeting.Kind());
        Assert.Contains("Xin chào", greeting.Text());
        // The procedure discussed a day ago is forgotten: the same follow-up no longer stays with it.
        var followUp = Assert.Single(await BotHarness.RepliesAsync(adapter, harness.Bot, unmatched));
        Assert.Equal("noMatch", followUp.Kind());
    }

    [Fact]
    public async Task AnOutOfRangeSettingStopsTheAppAtStartup()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["StateStore:MaxEntries"] = "0" });
        builder.Services.AddAssistantBot(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MaxEntries", error.Message);
    }

    private InProcessStorage Storage(int maxEntries = 100_000) =>
        new(Options.Create(new StateStoreOptions { MaxEntries = maxEntries }), _clock, _logger);

    private static string Key(int i) => $"webchat/conversations/c{i}";

    private static Task WriteAsync(InProcessStorage storage, string key, string code) =>
        storage.WriteAsync(new Dictionary<string, object>
        {
            [key] = new Dictionary<string, object> { [nameof(ConversationMemory)] = new ConversationMemory { CurrentCode = code } },
        });

    private sealed class Note : IStoreItem
    {
        public string? ETag { get; set; }
    }
}
