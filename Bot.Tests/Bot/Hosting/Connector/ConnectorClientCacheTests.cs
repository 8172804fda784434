using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Tests.Bot.Support;
using global::Bot.Hosting;
using global::Bot.Hosting.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.Hosting.Connector;

/// <summary>
/// The host's connector clients on a real host: shared per channel URL and bot app id between turns (the framework
/// builds one per turn), never for a URL the allow-list refuses, and replies still reach the channel.
/// </summary>
public sealed class ConnectorClientCacheTests
{
    [Fact]
    public async Task TwoTurnsOnTheSameServiceUrlShareOneClientAndBothRepliesReachTheChannel()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var host = new BotHostFactory();
        using var client = host.CreateClient();
        var cache = host.Services.GetRequiredService<ConnectorClientCache>();

        // The first turn ends by disposing its client; the second posts with the same one.
        var first = await PostAsync(client, "xin chào", "c-same", channel.ServiceUrl());
        var second = await PostAsync(client, "cấp lại căn cước", "c-same", channel.ServiceUrl());

        Assert.Contains(channel.Posted, p => p.ReplyToId == first);
        Assert.Contains(channel.Posted, p => p.ReplyToId == second);
        Assert.Equal(1, cache.ClientsCreated);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task TurnsOnDifferentServiceUrlsGetOneClientEachAndReplyToTheirOwnChannel()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var host = new BotHostFactory();
        using var client = host.CreateClient();
        var cache = host.Services.GetRequiredService<ConnectorClientCache>();

        var onA = await PostAsync(client, "xin chào", "c-a", channel.ServiceUrl("a/"));
        var onB = await PostAsync(client, "xin chào", "c-b", channel.ServiceUrl("b/"));
        var onAAgain = await PostAsync(client, "cấp lại căn cước", "c-a", channel.ServiceUrl("a/"));

        Assert.All(channel.Posted.Where(p => p.ReplyToId == onA || p.ReplyToId == onAAgain), p => Assert.StartsWith("/a/v3/conversations/c-a/", p.Path));
        Assert.Contains(channel.Posted, p => p.ReplyToId == onB && p.Path.StartsWith("/b/v3/conversations/c-b/", StringComparison.Ordinal));
        Assert.Equal(2, cache.ClientsCreated);
    }

    [Fact]
    public async Task ProactiveTurnsShareAClientPerBotAppIdAndReachTheChannel()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var host = new BotHostFactory();
        _ = host.CreateClient();
        var adapter = host.Services.GetRequiredService<AssistantAdapter>();
        var cache = host.Services.GetRequiredService<ConnectorClientCache>();
        var conversation = new ConversationReference
        {
            ChannelId = "webchat",
            ServiceUrl = channel.ServiceUrl(),
            Conversation = new ConversationAccount(id: "c-proactive"),
            User = new ChannelAccount("citizen"),
            Bot = new ChannelAccount("assistant"),
        };

        foreach (var (appId, text) in new[] { ("app-a", "một"), ("app-a", "hai"), ("app-b", "ba") })
        {
            await adapter.ContinueConversationAsync(appId, conversation, (turn, ct) => turn.SendActivityAsync(text, cancellationToken: ct), CancellationToken.None);
        }

        Assert.Equal(["một", "hai", "ba"], channel.Posted.Select(p => p.Text));
        Assert.Equal(2, cache.ClientsCreated);
    }

    [Fact]
    public async Task AServiceUrlOutsideTheAllowListNeverGetsAClientFromTheCache()
    {
        await using var channel = await FakeChannel.StartAsync();
        using var production = new BotHostFactory(new() { ["Bot:AllowAnonymousMessages"] = "true" }, b => b.UseEnvironment("Production"));
        using var client = production.CreateClient();
        var cache = production.Services.GetRequiredService<ConnectorClientCache>();

        // Replies posted to the URL: refused before the adapter. Replies in the response: answered, nothing posted.
        using var posted = await client.PostAsJsonAsync("/api/messages", Message("xin chào", "c-refused", channel.ServiceUrl()));
        var askingForReplies = ActivityPost.Message("xin chào", "c-in-response");
        askingForReplies["serviceUrl"] = channel.ServiceUrl();
        var inResponse = await ActivityPost.SendAsync(client, askingForReplies);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.NotEmpty(inResponse);
        Assert.Empty(channel.Posted);
        Assert.Equal(0, cache.ClientsCreated);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task AClientOlderThanItsLifetimeIsReplacedAndTheNextRepliesStillArrive()
    {
        await using var channel = await FakeChannel.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new BotHostFactory(configure: b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(time)));
        using var client = host.CreateClient();
        var cache = host.Services.GetRequiredService<ConnectorClientCache>();

        await PostAsync(client, "xin chào", "c-old", channel.ServiceUrl());
        time.Advance(TimeSpan.FromMinutes(6));
        var afterwards = await PostAsync(client, "cấp lại căn cước", "c-old", channel.ServiceUrl());
        await PostAsync(client, "cấp lại hộ chiếu", "c-old", channel.ServiceUrl());

        Assert.Contains(channel.Posted, p => p.ReplyToId == afterwards);
        Assert.Equal(3, channel.Posted.Select(p => p.ReplyToId).Distinct().Count());
        Assert.Equal(2, cache.ClientsCreated);
        Assert.Equal(1, cache.Count);
    }

    /// <summary>A message whose replies the bot posts to <paramref name="serviceUrl"/>; returns its id once the turn has run.</summary>
    private static async Task<string> PostAsync(HttpClient client, string text, string conversationId, string serviceUrl)
    {
        var activity = Message(text, conversationId, serviceUrl);
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        return activity["id"]!.GetValue<string>();
    }

    private static JsonObject Message(string text, string conversationId, string serviceUrl)
    {
        var activity = ActivityPost.Message(text, conversationId);
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = serviceUrl;
        return activity;
    }
}
