using Bot.Answers;
using Bot.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bot.Tests.Bot.Llm;

/// <summary>A real host wired with <see cref="LlmServiceCollectionExtensions.AddLlm"/> and in-memory configuration.</summary>
internal sealed class LlmTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private LlmTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Formatted log lines, so tests can check that a fallback says why it happened.</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public ILlmAnswerer Answerer => Services.GetRequiredService<ILlmAnswerer>();

    public LlmAnswerMetrics Metrics => Services.GetRequiredService<LlmAnswerMetrics>();

    public static async Task<LlmTestHost> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        configure?.Invoke(builder.Services);
        builder.AddLlm();
        var host = builder.Build();
        await host.StartAsync();
        return new LlmTestHost(host);
    }

    public static Task<LlmTestHost> StartAsync(FakeChatServer server, bool streaming = false, int timeoutSeconds = 30) =>
        StartAsync(new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = "fake-model",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Llm:MaxTokens"] = "321",
            ["Llm:Streaming"] = streaming ? "true" : "false",
        });

    public bool Logged(LogLevel level, string text) =>
        Logs.GetSnapshot().Any(e => e.Level == level && e.Message.Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
