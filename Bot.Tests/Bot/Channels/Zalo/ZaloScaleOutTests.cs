using System.Net;
using Bot.Tests.Bot.Infrastructure.Redis;
using global::Bot.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>Two Zalo webhook instances sharing one real redis-server through the shared de-duplicator.</summary>
public sealed class ZaloScaleOutTests
{
    private const string User = "246845883529197922";

    [Fact]
    public async Task RedeliveryToAnotherInstanceIsNotAnsweredAgainWhenMarksLiveInRedis()
    {
        using var redis = RedisServer.Start();
        using var connections = new RedisTestConnections(redis);
        await using var first = await ZaloTestHost.StartAsync(new TestAssistantBot(), services: s => s.AddSingleton<IMessageDeduplicator>(connections.NewDeduplicator()));
        await using var second = await ZaloTestHost.StartAsync(new TestAssistantBot(), services: s => s.AddSingleton<IMessageDeduplicator>(connections.NewDeduplicator()));
        var body = ZaloEvents.Text(User, "msg-shared", "Thủ tục khai sinh");

        Assert.Equal(HttpStatusCode.OK, (await first.PostSignedAsync(body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.PostSignedAsync(body)).StatusCode);
        await second.AnswerSentinelAsync(User);
        Assert.True(await Eventually.TrueAsync(() => !first.Api.Delivered.IsEmpty), "the first instance did not answer");

        Assert.Equal(["Bạn hỏi: Thủ tục khai sinh"], first.Api.Delivered.Select(m => m.Text));
        Assert.Equal(["Bạn hỏi: sentinel"], second.Api.Delivered.Select(m => m.Text));
    }

    [Fact]
    public async Task WhileRedisIsDownTheWebhookAnswers503SoZaloRedeliversLater()
    {
        using var redis = RedisServer.Start();
        using var connections = new RedisTestConnections(redis);
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot(), services: s => s.AddSingleton<IMessageDeduplicator>(connections.NewDeduplicator()));
        redis.Kill();

        var response = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-outage", "xin chào"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(host.Logs.GetSnapshot(), l => l.Level == LogLevel.Error && l.Message.Contains("de-duplication store is unavailable"));
        Assert.Empty(host.Api.Delivered);
    }
}
