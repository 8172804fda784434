using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Bot.DirectLine;

/// <summary>Raw-HTTP Direct Line 3.0 client, as botframework-directlinejs talks to the host.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    // A bound on a hang, not a timing: with the whole suite in parallel on two cores, a first turn on a fresh host has
    // taken longer than 15 s.
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(45);

    public HttpClient Http { get; } = http;

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = Request(method, path, bearer, body);
        return await Http.SendAsync(request);
    }

    public async Task<JsonObject> SendForJsonAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var response = await SendAsync(method, path, bearer, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>tokens/generate with the secret, bound to a fresh user id.</summary>
    public async Task<(string ConversationId, string Token, string UserId)> GenerateTokenAsync(string secret)
    {
        var userId = "dl_" + Guid.NewGuid().ToString("N");
        var json = await SendForJsonAsync(HttpMethod.Post, "/v3/directline/tokens/generate", secret, new { user = new { id = userId } });
        return ((string)json["conversationId"]!, (string)json["token"]!, userId);
    }

    public async Task<JsonObject> StartConversationAsync(string bearer) =>
        await SendForJsonAsync(HttpMethod.Post, "/v3/directline/conversations", bearer);

    public async Task<string> PostMessageAsync(string conversationId, string bearer, string userId, string text)
    {
        var activity = new { type = "message", text, from = new { id = userId, name = "Công dân" }, locale = "vi-VN" };
        var json = await SendForJsonAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, activity);
        return (string)json["id"]!;
    }

    public async Task<(JsonArray Activities, string Watermark)> GetActivitiesAsync(string conversationId, string bearer, string? watermark)
    {
        var json = await SendForJsonAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", bearer);
        return (json["activities"]!.AsArray(), (string)json["watermark"]!);
    }

    /// <summary>Polls from <paramref name="watermark"/> until <paramref name="done"/> holds for everything read so far; bounded by <see cref="WaitLimit"/>.</summary>
    public async Task<(List<JsonObject> Activities, string Watermark)> PollUntilAsync(string conversationId, string bearer, string? watermark,
        Func<IReadOnlyList<JsonObject>, bool> done)
    {
        var seen = new List<JsonObject>();
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var (activities, next) = await GetActivitiesAsync(conversationId, bearer, watermark);
            seen.AddRange(activities.Select(a => a!.AsObject()));
            watermark = next;
            if (done(seen))
            {
                return (seen, watermark);
            }

            Assert.True(DateTime.UtcNow < deadline,
                $"Gave up polling after {WaitLimit.TotalSeconds}s; read so far: {JsonSerializer.Serialize(seen)}");
            await Task.Delay(25);
        }
    }

    public static bool IsBotReplyTo(JsonObject activity, string activityId) =>
        (string?)activity["type"] == "message" && (string?)activity["replyToId"] == activityId && (string?)activity["from"]?["role"] == "bot";
}
