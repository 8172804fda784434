using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Tests.Bot.DirectLine;
using Bot.Tests.Bot.Support;
using global::Bot.DirectLine;
using global::Bot.Infrastructure.Redis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Bot.Infrastructure.Redis;

/// <summary>
/// Two real Bot instances (Kestrel on two loopback ports) behind an imaginary load balancer, sharing one real
/// redis-server: a citizen's conversation alternates between them and keeps its context.
/// </summary>
public sealed class ScaleOutConversationTests
{
    private const string Apology = "Xin lỗi, hệ thống đang gặp sự cố";

    [Fact]
    public async Task ConversationAlternatingBetweenTwoInstancesKeepsItsContext()
    {
        using var redis = RedisServer.Start();
        using var first = Instance(redis);
        using var second = Instance(redis);
        using var toFirst = first.CreateClient();
        using var toSecond = second.CreateClient();
        Assert.NotEqual(toFirst.BaseAddress, toSecond.BaseAddress);
        Assert.IsType<RedisStorage>(first.Services.GetRequiredService<IStorage>());

        var documents = await ActivityPost.SendAsync(toFirst, ActivityPost.Message("đăng ký khai sinh cần giấy tờ gì", "c-scale"));
        var online = await ActivityPost.SendAsync(toSecond, ActivityPost.Message("nộp online được không?", "c-scale"));
        var again = await ActivityPost.SendAsync(toFirst, ActivityPost.Message("nộp online được không?", "c-scale"));

        Assert.Equal("1.001193", documents[0].Property("procedureCode"));
        Assert.Equal("1.001193", online[0].Property("procedureCode"));
        Assert.Equal("Online", online[0].Property("aspect"));
        Assert.Equal("1.001193", again[0].Property("procedureCode"));
    }

    [Fact]
    public async Task WithoutRedisTheOtherInstanceHasNoContext()
    {
        // The control for the test above: in-memory state does not travel between instances.
        using var first = new BotHostFactory();
        using var second = new BotHostFactory();
        first.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        second.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        using var toFirst = first.CreateClient();
        using var toSecond = second.CreateClient();

        await ActivityPost.SendAsync(toFirst, ActivityPost.Message("đăng ký khai sinh cần giấy tờ gì", "c-memory"));
        var online = await ActivityPost.SendAsync(toSecond, ActivityPost.Message("nộp online được không?", "c-memory"));

        Assert.Null(online[0].Property("procedureCode"));
    }

    [Fact]
    public async Task RedisCrashGetsAnApologyIsLoggedAndCountedAndTheConversationContinuesWhenItIsBack()
    {
        using var redis = RedisServer.Start(persistent: true);
        var logs = new FakeLogCollector();
        using var first = Instance(redis);
        using var second = Instance(redis, services: s => s.AddLogging(l => l.AddProvider(new FakeLoggerProvider(logs))));
        using var toFirst = first.CreateClient();
        using var toSecond = second.CreateClient();
        using var errors = TurnOutcomes.Listen(second.Services.GetRequiredService<IMeterFactory>());
        await ActivityPost.SendAsync(toFirst, ActivityPost.Message("đăng ký khai sinh cần giấy tờ gì", "c-crash"));

        redis.Kill();
        var duringOutage = await ActivityPost.SendAsync(toSecond, ActivityPost.Message("nộp online được không?", "c-crash"));
        var apology = Assert.Single(duringOutage).Text();
        Assert.Contains(Apology, apology, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", apology, StringComparison.Ordinal);
        Assert.Contains(logs.GetSnapshot(), e => e.Level == LogLevel.Error && e.Message.Contains("Turn failed", StringComparison.Ordinal));
        Assert.Contains("error", errors.Outcomes);

        redis.Restart();
        var afterwards = await RetryWhileApologisingAsync(() => ActivityPost.SendAsync(toSecond, ActivityPost.Message("nộp online được không?", "c-crash")));

        // Nothing was lost: the procedure asked about before the crash is still the one under discussion.
        Assert.Equal("1.001193", afterwards[0].Property("procedureCode"));
        Assert.Equal("Online", afterwards[0].Property("aspect"));
        Assert.Equal("answered", errors.Outcomes[^1]);
    }

    [Fact]
    public async Task DirectLineConversationStartedOnOneInstanceContinuesOnTheOther()
    {
        using var redis = RedisServer.Start();
        var secret = new Dictionary<string, string?> { ["DirectLine:Secret"] = "scale-out-secret-0123456789-abcdefghijklmnop" };
        using var first = Instance(redis, secret);
        using var second = Instance(redis, secret);
        var toFirst = new DirectLineTestClient(first.CreateClient());
        var toSecond = new DirectLineTestClient(second.CreateClient());
        Assert.IsType<RedisDirectLineStore>(first.Services.GetRequiredService<IDirectLineStore>());

        var (conversationId, token, userId) = await toFirst.GenerateTokenAsync(secret["DirectLine:Secret"]!);
        var asked = await toSecond.PostMessageAsync(conversationId, token, userId, "đăng ký khai sinh cần giấy tờ gì");
        var (log, _) = await toFirst.PollUntilAsync(conversationId, token, null, seen => seen.Any(a => DirectLineTestClient.IsBotReplyTo(a, asked)));
        var followUp = await toFirst.PostMessageAsync(conversationId, token, userId, "nộp online được không?");
        var (later, _) = await toSecond.PollUntilAsync(conversationId, token, null, seen => seen.Any(a => DirectLineTestClient.IsBotReplyTo(a, followUp)));

        Assert.Equal("1.001193", (string?)log.First(a => DirectLineTestClient.IsBotReplyTo(a, asked))["procedureCode"]);
        var online = later.First(a => DirectLineTestClient.IsBotReplyTo(a, followUp));
        Assert.Equal("1.001193", (string?)online["procedureCode"]);
        Assert.Equal("Online", (string?)online["aspect"]);
    }

    [Fact]
    public async Task PerUserRateLimitIsCountedAcrossInstances()
    {
        using var redis = RedisServer.Start();
        var limits = new Dictionary<string, string?> { ["Limits:PermitPerMinutePerUser"] = "2" };
        using var first = Instance(redis, limits);
        using var second = Instance(redis, limits);
        using var toFirst = first.CreateClient();
        using var toSecond = second.CreateClient();

        using var one = await toFirst.PostAsJsonAsync("/api/messages", ActivityPost.Message("xin chào", "c-limit"));
        using var two = await toSecond.PostAsJsonAsync("/api/messages", ActivityPost.Message("xin chào", "c-limit"));
        using var three = await toFirst.PostAsJsonAsync("/api/messages", ActivityPost.Message("xin chào", "c-limit"));
        using var otherUser = await toSecond.PostAsJsonAsync("/api/messages", ActivityPost.Message("xin chào", "c-other"));

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, three.StatusCode);
        Assert.NotNull(three.Headers.RetryAfter?.Delta);
        Assert.Contains("quá nhanh", await three.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    private static BotHostFactory Instance(RedisServer redis, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        // UseSetting, not the factory's in-memory settings: AddRedis decides at registration, and only host
        // settings are visible that early under WebApplicationFactory.
        var factory = new BotHostFactory(settings, configure: web =>
        {
            web.UseSetting("Redis:Configuration", redis.ConnectionString + ",connectTimeout=15000,syncTimeout=15000,asyncTimeout=15000");
            web.ConfigureServices(s => services?.Invoke(s));
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        return factory;
    }

    private static async Task<IReadOnlyList<JsonElement>> RetryWhileApologisingAsync(Func<Task<IReadOnlyList<JsonElement>>> send)
    {
        // Each instance reconnects on its own schedule; poll (bounded) rather than guess a delay.
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var replies = await send();
            if (!replies[0].Text().Contains(Apology, StringComparison.Ordinal) || elapsed.Elapsed > TimeSpan.FromSeconds(60))
            {
                return replies;
            }

            await Task.Delay(200);
        }
    }
}

/// <summary>The <c>outcome</c> tag of every <c>assistant.turns</c> measurement made through one host's meter factory, in order.</summary>
internal sealed class TurnOutcomes : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<string> _outcomes = new();

    private TurnOutcomes(IMeterFactory factory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "assistant.turns" && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome")
                {
                    _outcomes.Enqueue(tag.Value?.ToString() ?? "");
                }
            }
        });
        _listener.Start();
    }

    public IReadOnlyList<string> Outcomes => [.. _outcomes];

    public static TurnOutcomes Listen(IMeterFactory factory) => new(factory);

    public void Dispose() => _listener.Dispose();
}
