using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Bot.Browser;

/// <summary>One browser tab over the DevTools Protocol: navigate, evaluate script, and wait for page conditions (always bounded).</summary>
public sealed class CdpPage : IAsyncDisposable
{
    // Generous because CI machines are shared; every wait still ends.
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(45);

    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentQueue<string> _console = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _reader;
    private int _nextId;

    private CdpPage(ClientWebSocket socket)
    {
        _socket = socket;
        _reader = ReadLoopAsync();
    }

    /// <summary>Console errors and uncaught exceptions seen so far, for failure messages.</summary>
    public IReadOnlyCollection<string> ConsoleErrors => _console;

    public static async Task<CdpPage> ConnectAsync(Uri debuggerUrl)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(debuggerUrl, timeout.Token);
        var page = new CdpPage(socket);
        await page.SendAsync("Page.enable");
        await page.SendAsync("Runtime.enable");
        return page;
    }

    public async Task<JsonObject> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, true, _closing.Token);
        var result = await reply.Task.WaitAsync(DefaultWait);
        if (result["error"] is JsonNode error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return result["result"]?.AsObject() ?? [];
    }

    /// <summary>Runs <paramref name="script"/> before any page script on every navigation (e.g. spies on speech and print).</summary>
    public Task AddInitScriptAsync(string script) => SendAsync("Page.addScriptToEvaluateOnNewDocument", new { source = script });

    public async Task NavigateAsync(Uri url)
    {
        await SendAsync("Page.navigate", new { url = url.ToString() });
        await WaitForAsync("document.readyState !== 'loading' && location.href !== 'about:blank'", DefaultWait, "page load");
    }

    /// <summary>Evaluates an expression (awaiting promises) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (result["exceptionDetails"] is JsonNode details)
        {
            throw new InvalidOperationException($"Script failed: {details["exception"]?["description"] ?? details.ToJsonString()}");
        }

        return result["result"]?["value"];
    }

    public async Task<string> TextAsync(string expression) => (string?)await EvaluateAsync(expression) ?? "";

    /// <summary>Polls a boolean expression until true; fails with the page text and console errors after <paramref name="limit"/>.</summary>
    public async Task WaitForAsync(string condition, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                if (await EvaluateAsync($"!!({condition})") is JsonValue value && value.GetValue<bool>())
                {
                    return;
                }
            }
            catch (InvalidOperationException)
            {
                // The page may be between documents; try again until the deadline.
            }

            if (DateTime.UtcNow > deadline)
            {
                var text = "";
                try
                {
                    text = await TextAsync("document.body ? document.body.innerText.slice(0, 2000) : ''");
                }
                catch (InvalidOperationException)
                {
                }

                Assert.Fail($"Timed out after {limit.TotalSeconds}s waiting for {what}.\nPage text: {text}\nConsole: {string.Join("\n", _console)}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _socket.Abort();
        try
        {
            await _reader;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }

        _socket.Dispose();
        _closing.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, _closing.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                break;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var json = JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length))!.AsObject();
            message.SetLength(0);
            if (json["id"] is JsonNode idNode && _pending.TryRemove(idNode.GetValue<int>(), out var reply))
            {
                reply.TrySetResult(json);
            }
            else if ((string?)json["method"] == "Runtime.exceptionThrown")
            {
                _console.Enqueue("exception: " + json["params"]?["exceptionDetails"]?["exception"]?["description"]);
            }
            else if ((string?)json["method"] == "Runtime.consoleAPICalled" && (string?)json["params"]?["type"] == "error")
            {
                _console.Enqueue("console.error: " + json["params"]?["args"]?.ToJsonString());
            }
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetCanceled();
        }
    }
}
