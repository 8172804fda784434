using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Bot.Benchmarks.Load;

/// <summary>One turn as the citizen saw it: answered properly or not, and how long it took (Stopwatch ticks).</summary>
internal readonly record struct TurnResult(bool Ok, long Ticks, string? Error);

/// <summary>One citizen's conversation on one channel.</summary>
internal interface ILoadConversation : IAsyncDisposable
{
    Task<TurnResult> SendAsync(string text, CancellationToken cancellationToken);
}

/// <summary>What every load conversation needs to judge a reply.</summary>
internal static class Replies
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Every reply the assistant composes carries <c>replyKind</c>; an apology after a failed turn does not.</summary>
    public static bool IsProperReply(JsonElement activity) =>
        activity.TryGetProperty("replyKind", out var kind) && kind.ValueKind == JsonValueKind.String;
}

/// <summary>The Bot Framework endpoint: <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>, replies in the response.</summary>
internal sealed class HttpLoadConversation(HttpClient http, string conversationId) : ILoadConversation
{
    public async Task<TurnResult> SendAsync(string text, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(TurnLoad.Activity(text, conversationId).ToJsonString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var begin = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync("/api/messages", content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var ticks = Stopwatch.GetTimestamp() - begin;
            if (!response.IsSuccessStatusCode)
            {
                return new(false, ticks, $"HTTP {(int)response.StatusCode}");
            }

            using var json = JsonDocument.Parse(body);
            var activities = json.RootElement.GetProperty("activities");
            return activities.GetArrayLength() > 0 && Replies.IsProperReply(activities[0])
                ? new(true, ticks, null)
                : new(false, ticks, "apology or empty reply");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new(false, Stopwatch.GetTimestamp() - begin, ex.GetType().Name);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>
/// The self-hosted Direct Line 3.0 as Web Chat uses it: a conversation started with the secret, messages posted to
/// <c>/activities</c>, replies pushed on the WebSocket stream. A turn ends when the bot's reply to the posted
/// activity (matched by <c>replyToId</c>) arrives on the stream.
/// </summary>
internal sealed class DirectLineLoadConversation : ILoadConversation
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket;
    private readonly string _conversationId;
    private readonly string _token;
    private readonly string _userId = "dl_load_" + Guid.NewGuid().ToString("N")[..12];
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _replies = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;

    private DirectLineLoadConversation(HttpClient http, ClientWebSocket socket, string conversationId, string token)
    {
        _http = http;
        _socket = socket;
        _conversationId = conversationId;
        _token = token;
        _receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<DirectLineLoadConversation> StartAsync(HttpClient http, string secret, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var started = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started.GetProperty("streamUrl").GetString()!), cancellationToken);
        return new DirectLineLoadConversation(http, socket, started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
    }

    public async Task<TurnResult> SendAsync(string text, CancellationToken cancellationToken)
    {
        var begin = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{_conversationId}/activities")
            {
                Content = JsonContent.Create(new { type = "message", text, locale = "vi-VN", from = new { id = _userId } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new(false, Stopwatch.GetTimestamp() - begin, $"HTTP {(int)response.StatusCode}");
            }

            var id = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;

            // The reply may have arrived on the stream before the POST returned: both sides meet in the dictionary.
            var reply = _replies.GetOrAdd(id, _ => NewReply());
            var proper = await reply.Task.WaitAsync(Replies.Timeout, cancellationToken);
            _replies.TryRemove(id, out _);
            return new(proper, Stopwatch.GetTimestamp() - begin, proper ? null : "apology");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new(false, Stopwatch.GetTimestamp() - begin, ex.GetType().Name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closing anyway.
        }

        _socket.Dispose();
        _closing.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(buffer, _closing.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            if (frame.Length > 0)
            {
                OnFrame(frame.ToArray());
            }

            frame.SetLength(0);
        }
    }

    private void OnFrame(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("activities", out var activities))
        {
            return;
        }

        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } id
                && activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) && role.GetString() == "bot")
            {
                _replies.GetOrAdd(id, _ => NewReply()).TrySetResult(Replies.IsProperReply(activity));
            }
        }
    }

    private static TaskCompletionSource<bool> NewReply() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
