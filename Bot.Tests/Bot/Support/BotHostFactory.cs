using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Bot.Support;

/// <summary>
/// The real Bot host (Bot's Program.cs) on the fixture index, with feedback written to a temp folder.
/// The type argument only locates the Bot assembly: <c>Program</c> itself is ambiguous here because the Indexer's
/// top-level Program is visible to the tests too.
/// </summary>
internal sealed class BotHostFactory : WebApplicationFactory<global::Bot.Hosting.BotOptions>
{
    private readonly TempFolder _data = new();
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IWebHostBuilder>? _configure;

    public BotHostFactory(Dictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["KnowledgeBase:IndexPath"] = BotFixtures.FixtureIndexPath,
            ["KnowledgeBase:ContentPath"] = BotFixtures.ContentPath,
            ["Bot:FeedbackPath"] = Path.Combine(_data.Path, "feedback"),
            ["MicrosoftAppId"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        _configure = configure;
    }

    public string FeedbackFolder => Path.Combine(_data.Path, "feedback");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        _configure?.Invoke(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}

/// <summary>Builds Bot Framework activities as a channel would post them, asking for the replies in the response.</summary>
internal static class ActivityPost
{
    public static JsonObject Message(string text, string conversationId, string channelId = "webchat") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["text"] = text,
        ["channelId"] = channelId,
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["from"] = new JsonObject { ["id"] = "citizen-" + conversationId, ["name"] = "Công dân" },
        ["recipient"] = new JsonObject { ["id"] = "assistant", ["name"] = "Trợ lý" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "vi-VN",
    };

    /// <summary>Posts one activity and returns the replies from the expectReplies response body.</summary>
    public static async Task<IReadOnlyList<JsonElement>> SendAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
    }

    public static string Text(this JsonElement activity) => activity.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";

    public static string? Property(this JsonElement activity, string name) =>
        activity.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
