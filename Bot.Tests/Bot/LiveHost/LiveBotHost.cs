using System.Net;
using Bot.Tests.Bot.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.LiveHost;

/// <summary>
/// The real Bot host (Program.cs) on Kestrel at 127.0.0.1 with a random port (browsers and WebSockets need a real
/// socket), the fixture index, a known Direct Line secret and a hand-moved clock. The bot is the small
/// <see cref="EchoTestBot"/> so protocol tests see predictable replies, unless <see cref="UseRealBot"/> is set.
/// </summary>
// The type argument only locates the Bot assembly: `Program` is ambiguous because the Indexer has one too.
public class LiveBotHost : WebApplicationFactory<global::Bot.DirectLine.DirectLineOptions>
{
    public const string Secret = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";

    private readonly TempFolder _data = new();
    private readonly Dictionary<string, string?> _settings;

    public LiveBotHost()
    {
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DirectLine:Secret"] = Secret,
            ["KnowledgeBase:IndexPath"] = BotFixtures.FixtureIndexPath,
            ["KnowledgeBase:ContentPath"] = BotFixtures.ContentPath,
            ["Bot:FeedbackPath"] = Path.Combine(_data.Path, "feedback"),
            ["MicrosoftAppId"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    // Starts at the real time: Direct Line tokens and activity timestamps are read by clients that use the real clock.
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>True to keep the host's own bot (the real assistant) instead of <see cref="EchoTestBot"/>.</summary>
    protected virtual bool UseRealBot => false;

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>Adds or overrides configuration before the host starts.</summary>
    public LiveBotHost With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            if (!UseRealBot)
            {
                services.AddTransient<IBot, EchoTestBot>();
            }

            ConfigureServices(services);
        });
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
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
