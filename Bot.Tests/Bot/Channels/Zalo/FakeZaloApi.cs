using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>A stand-in for the Zalo OA Open API and OAuth server on 127.0.0.1, recording every request.</summary>
internal sealed class FakeZaloApi : IAsyncDisposable
{
    public const string AppSecret = "app-secret";

    private readonly WebApplication app;
    private readonly object tokenLock = new();
    private int issued = 1;
    private int failingCalls;

    private FakeZaloApi(WebApplication app)
    {
        this.app = app;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Messages accepted and delivered to users.</summary>
    public ConcurrentQueue<SentMessage> Delivered { get; } = new();

    /// <summary>Every call to the message endpoint, including refused ones.</summary>
    public ConcurrentQueue<string?> MessageCalls { get; } = new();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Refreshes { get; } = new();

    public string ValidAccessToken { get; set; } = "access-1";

    public string CurrentRefreshToken { get; set; } = "refresh-1";

    /// <summary>How many upcoming message calls answer 503 (int.MaxValue: the API is down).</summary>
    public int FailingCalls { get => failingCalls; set => failingCalls = value; }

    public static async Task<FakeZaloApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeZaloApi(builder.Build());
        fake.app.MapPost("/v3.0/oa/message/cs", (Delegate)fake.HandleMessageAsync);
        fake.app.MapPost("/v4/oa/access_token", (Delegate)fake.HandleRefreshAsync);
        await fake.app.StartAsync();
        fake.BaseUrl = fake.app.Urls.First();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> HandleMessageAsync(HttpContext http)
    {
        string? accessToken = http.Request.Headers["access_token"];
        MessageCalls.Enqueue(accessToken);
        if (Interlocked.Decrement(ref failingCalls) >= 0)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (accessToken != ValidAccessToken)
        {
            return Results.Json(new { error = -216, message = "Access token is invalid" });
        }

        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var recipient = body.RootElement.GetProperty("recipient").GetProperty("user_id").GetString()!;
        var text = body.RootElement.GetProperty("message").GetProperty("text").GetString()!;
        Delivered.Enqueue(new SentMessage(recipient, text, accessToken));
        return Results.Json(new { error = 0, message = "Success", data = new { message_id = $"oa-{Delivered.Count}", user_id = recipient } });
    }

    private async Task<IResult> HandleRefreshAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        fields["secret_key"] = http.Request.Headers["secret_key"].ToString();
        Refreshes.Enqueue(fields);
        lock (tokenLock)
        {
            if (fields["secret_key"] != AppSecret || fields.GetValueOrDefault("refresh_token") != CurrentRefreshToken
                || fields.GetValueOrDefault("grant_type") != "refresh_token")
            {
                return Results.Json(new { error = -14014, error_name = "Invalid refresh token" });
            }

            issued++;
            ValidAccessToken = $"access-{issued}";
            CurrentRefreshToken = $"refresh-{issued}";
            return Results.Json(new { access_token = ValidAccessToken, refresh_token = CurrentRefreshToken, expires_in = "90000" });
        }
    }
}

internal sealed record SentMessage(string UserId, string Text, string? AccessToken);
