using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Bot.Hosting.Connector;

/// <summary>
/// A Bot Framework channel's connector service on 127.0.0.1 (port 0): it accepts the activities a bot posts to
/// <c>{serviceUrl}v3/conversations/…/activities</c> and records each one's path, reply-to id and text.
/// </summary>
internal sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeChannel(WebApplication app) => _app = app;

    public ConcurrentQueue<PostedActivity> Posted { get; } = new();

    /// <summary>A service URL on this channel; <paramref name="path"/> tells channels on one server apart.</summary>
    public string ServiceUrl(string path = "") => new Uri(new Uri(_app.Urls.First()), path).ToString();

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.MapPost("/{**path}", channel.ReceiveAsync);
        await app.StartAsync();
        return channel;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = activity.RootElement;
        Posted.Enqueue(new PostedActivity(
            context.Request.Path.Value ?? "",
            root.TryGetProperty("replyToId", out var replyTo) ? replyTo.GetString() : null,
            root.TryGetProperty("text", out var text) ? text.GetString() ?? "" : ""));
        await context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString("N") }, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record PostedActivity(string Path, string? ReplyToId, string Text);
