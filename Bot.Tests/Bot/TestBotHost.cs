using global::Bot.Observability;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Tests.Bot;

/// <summary>
/// The real Bot host in memory with extra settings. <c>Program</c> is ambiguous here (Bot and Indexer both use
/// top-level statements); the factory only needs some type from the Bot assembly to find its entry point.
/// </summary>
internal static class TestBotHost
{
    public static WebApplicationFactory<AssistantTelemetry> Create(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<AssistantTelemetry>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
}
