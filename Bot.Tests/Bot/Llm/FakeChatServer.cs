using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Bot.Llm;

/// <summary>
/// A minimal OpenAI-compatible chat completions server on 127.0.0.1 (port 0), answering whatever the test sets:
/// JSON for plain requests, <c>data:</c> chunks and <c>data: [DONE]</c> for <c>stream: true</c>.
/// It records every request (path and body) so tests can check what the connector really sent. The one fake model of
/// the repository: Bot.Benchmarks compiles this file too, for the LLM path's overhead.
/// </summary>
internal sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly bool _keepRequests;

    private FakeChatServer(WebApplication app, bool keepRequests)
    {
        _app = app;
        _keepRequests = keepRequests;
    }

    /// <summary>The assistant message content to return.</summary>
    public string Reply { get; set; } = "";

    /// <summary>When set, computes the reply from the request instead of <see cref="Reply"/> (a model that reads the prompt).</summary>
    public Func<RecordedRequest, string>? Respond { get; set; }

    /// <summary>Non-200 makes the server fail every request with this status.</summary>
    public int Status { get; set; } = StatusCodes.Status200OK;

    /// <summary>When set, the server never answers: it waits until the client gives up and aborts the request.</summary>
    public bool Hang { get; set; }

    /// <summary>Every request received, unless started without keeping them (a benchmark's thousands of turns).</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUri => new(_app.Urls.First());

    /// <summary>Endpoint as an operator would configure it for an OpenAI-compatible server.</summary>
    public string Endpoint => new Uri(BaseUri, "v1").ToString();

    public static async Task<FakeChatServer> StartAsync(bool keepRequests = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app, keepRequests);
        app.Map("/{**path}", server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, Encoding.UTF8.GetString(body));
        var (model, stream) = ModelAndStream(body);
        if (_keepRequests)
        {
            Requests.Enqueue(request);
        }

        if (!context.Request.Path.Value!.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        if (Status != StatusCodes.Status200OK)
        {
            context.Response.StatusCode = Status;
            await context.Response.WriteAsJsonAsync(new { error = new { message = "fake failure", type = "server_error" } });
            return;
        }

        var reply = Respond?.Invoke(request) ?? Reply;
        if (stream)
        {
            await StreamAsync(context, model, reply);
            return;
        }

        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_764_115_200,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 50, ["total_tokens"] = 150 },
        });
    }

    // Read without building the request's document: the benchmark's fake model answers thousands of long prompts.
    private static (string Model, bool Stream) ModelAndStream(ReadOnlySpan<byte> body)
    {
        var (model, stream) = ("fake", false);
        if (body.IsEmpty)
        {
            return (model, stream);
        }

        var reader = new Utf8JsonReader(body);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "model" && reader.TokenType == JsonTokenType.String)
            {
                model = reader.GetString()!;
            }
            else if (name == "stream" && reader.TokenType is JsonTokenType.True or JsonTokenType.False)
            {
                stream = reader.GetBoolean();
            }
            else
            {
                reader.Skip();
            }
        }

        return (model, stream);
    }

    private static async Task StreamAsync(HttpContext context, string model, string reply)
    {
        context.Response.ContentType = "text/event-stream";
        var pieces = Split(reply, 4).Select(p => Chunk(model, new JsonObject { ["content"] = p }, null)).ToList();
        pieces.Insert(0, Chunk(model, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null));
        pieces.Add(Chunk(model, new JsonObject(), "stop"));
        foreach (var piece in pieces)
        {
            await context.Response.WriteAsync($"data: {piece.ToJsonString()}\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    private static JsonObject Chunk(string model, JsonObject delta, string? finishReason) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_764_115_200,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["finish_reason"] = finishReason,
        }),
    };

    private static IEnumerable<string> Split(string text, int parts)
    {
        var size = Math.Max(1, (text.Length + parts - 1) / parts);
        for (var i = 0; i < text.Length; i += size)
        {
            yield return text.Substring(i, Math.Min(size, text.Length - i));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as received; <see cref="Body"/> is parsed on first use.</summary>
internal sealed record RecordedRequest(string Method, string Path, string RawBody)
{
    private JsonNode? _body;

    public JsonNode? Body => RawBody.Length == 0 ? null : _body ??= JsonNode.Parse(RawBody);

    public string? SystemMessage => Message("system");

    public string? UserMessage => Message("user");

    private string? Message(string role) =>
        Body?["messages"]?.AsArray().FirstOrDefault(m => m?["role"]?.GetValue<string>() == role)?["content"] switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
            _ => null,
        };
}
