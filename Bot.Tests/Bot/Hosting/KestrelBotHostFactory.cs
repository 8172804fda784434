using System.Net;
using Bot.DirectLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Tests.Bot.Hosting;

/// <summary>
/// The real Bot host on Kestrel at 127.0.0.1 with a random port (browsers and WebSockets need a real socket), a
/// known Direct Line secret, a hand-moved clock and, unless the host registers one itself, the <see cref="EchoTestBot"/>.
/// </summary>
// Any type from the Bot assembly names the entry point; `Program` is ambiguous because the Indexer has one too.
public class KestrelBotHostFactory : WebApplicationFactory<DirectLineOptions>
{
    public const string Secret = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["DirectLine:Secret"] = Secret,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public KestrelBotHostFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public ManualTimeProvider Time { get; } = new();

    /// <summary>Adds or overrides configuration before the host starts.</summary>
    public KestrelBotHostFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.TryAddTransient<IBot, EchoTestBot>();
            ConfigureServices(services);
        });
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
