using System.Diagnostics;
using System.Text.Json;
using Bot.Tests.Bot.Support;
using global::Bot.Infrastructure.Redis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

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
        first.UseKestrel(0);
        second.UseKestrel(0);
        using var toFirst = first.CreateClient();
        using var toSecond = second.CreateClient();

        await ActivityPost.SendAsync(toFirst, ActivityPost.Message("đăng ký khai sinh cần giấy tờ gì", "c-memory"));
        var online = await ActivityPost.SendAsync(toSecond, ActivityPost.Message("nộp online được không?", "c-memory"));

        Assert.Null(online[0].Property("procedureCode"));
    }

    [Fact]
    public async Task RedisCrashGetsAnApologyAndTheConversationContinuesWhenItIsBack()
    {
        using var redis = RedisServer.Start(persistent: true);
        using var first = Instance(redis);
        using var second = Instance(redis);
        using var toFirst = first.CreateClient();
        using var toSecond = second.CreateClient();
        await ActivityPost.SendAsync(toFirst, ActivityPost.Message("đăng ký khai sinh cần giấy tờ gì", "c-crash"));

        redis.Kill();
        var duringOutage = await ActivityPost.SendAsync(toSecond, ActivityPost.Message("nộp online được không?", "c-crash"));
        Assert.Contains(Apology, Assert.Single(duringOutage).Text(), StringComparison.Ordinal);

        redis.Restart();
        var afterwards = await RetryWhileApologisingAsync(() => ActivityPost.SendAsync(toSecond, ActivityPost.Message("nộp online được không?", "c-crash")));

        Assert.Equal("1.001193", afterwards[0].Property("procedureCode"));
        Assert.Equal("Online", afterwards[0].Property("aspect"));
    }

    private static BotHostFactory Instance(RedisServer redis)
    {
        // UseSetting, not the factory's in-memory settings: AddRedis decides at registration, and only host
        // settings are visible that early under WebApplicationFactory.
        var factory = new BotHostFactory(configure: web => web.UseSetting(
            "Redis:Configuration", redis.ConnectionString + ",connectTimeout=15000,syncTimeout=15000,asyncTimeout=15000"));
        factory.UseKestrel(0);
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
