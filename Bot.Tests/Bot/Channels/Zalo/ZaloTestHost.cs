using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>
/// The Zalo channel hosted on Kestrel (127.0.0.1, port 0) exactly as Program.cs wires it (AddZalo, MapZalo),
/// with a test bot and a fake Zalo API. One user answered at a time, and each user's events in the order they were accepted.
/// </summary>
internal sealed class ZaloTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ZaloTestHost(WebApplication app, FakeZaloApi api, FakeLogCollector logs, string dataPath)
    {
        this.app = app;
        Api = api;
        Logs = logs;
        DataPath = dataPath;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public FakeZaloApi Api { get; }

    /// <summary>The host's log lines, so tests can assert what operators would see.</summary>
    public FakeLogCollector Logs { get; }

    public string DataPath { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<ZaloTestHost> StartAsync(
        IBot bot, IDictionary<string, string?>? overrides = null, bool enableZalo = true, Action<IServiceCollection>? services = null)
    {
        var api = await FakeZaloApi.StartAsync();
        var dataPath = Path.Combine(Path.GetTempPath(), "zalo-tests-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Zalo:AccessToken"] = "access-1",
            ["Zalo:RefreshToken"] = "refresh-1",
            ["Zalo:AppSecret"] = FakeZaloApi.AppSecret,
            ["Zalo:ApiBaseUrl"] = api.BaseUrl,
            ["Zalo:OAuthBaseUrl"] = api.BaseUrl,
            ["Zalo:DataPath"] = dataPath,
            ["Zalo:RetryBaseDelay"] = "00:00:00.005",
            ["Zalo:MaxSendAttempts"] = "3",
            ["Zalo:MaxConcurrency"] = "1",
            // The recorded events are dated November 2025: only the freshness tests set a real window.
            ["Zalo:MaxEventAge"] = "3650.00:00:00",
        };
        if (enableZalo)
        {
            settings["Zalo:AppId"] = ZaloEvents.AppId;
            settings["Zalo:OaSecretKey"] = ZaloEvents.SecretKey;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton(bot);
        services?.Invoke(builder.Services);
        builder.AddZalo();

        var app = builder.Build();
        app.MapZalo();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // Startup failures are what some tests expect; the fake API must not outlive them.
            await app.DisposeAsync();
            await api.DisposeAsync();
            throw;
        }

        return new ZaloTestHost(app, api, app.Services.GetFakeLogCollector(), dataPath);
    }

    /// <summary>The signature computed here, independently of the production code, from Zalo's documented formula.</summary>
    public static string Sign(string body, string timestamp) =>
        "mac=" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ZaloEvents.AppId + body + timestamp + ZaloEvents.SecretKey)));

    /// <summary>
    /// Sends a fresh "sentinel" message from <paramref name="userId"/> and waits until it is answered: each user's events
    /// are answered in order, so everything that user sent before it has been handled by then.
    /// </summary>
    public async Task AnswerSentinelAsync(string userId)
    {
        var response = await PostSignedAsync(ZaloEvents.Text(userId, "msg-sentinel-" + Guid.NewGuid().ToString("N"), "sentinel"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Eventually.TrueAsync(() => Api.Delivered.Any(m => m.Text == "Bạn hỏi: sentinel")), "sentinel not answered");
    }

    public Task<HttpResponseMessage> PostSignedAsync(string body, string timestamp = "1764120000000") =>
        PostAsync(body, Sign(body, timestamp));

    public async Task<HttpResponseMessage> PostAsync(string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/zalo")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Api.DisposeAsync();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
