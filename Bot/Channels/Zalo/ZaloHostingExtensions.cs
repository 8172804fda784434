using Bot.Channels.Zalo;
using Bot.Hosting;
using Bot.Infrastructure;
using Bot.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the hosting namespace so Program.cs needs only the one call.
namespace Microsoft.Extensions.Hosting;

public static class ZaloHostingExtensions
{
    /// <summary>Registers the Zalo OA channel when <c>Zalo:AppId</c> and <c>Zalo:OaSecretKey</c> are set; otherwise nothing.</summary>
    public static IHostApplicationBuilder AddZalo(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ZaloOptions.SectionName);
        if (!ZaloOptions.IsConfigured(section))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<ZaloOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ZaloApiClient.HttpClientName)
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<ZaloOptions>>().Value.HttpTimeout);

        // Redelivery marks go to the shared de-duplicator: in memory here unless AddRedis replaces it with Redis.
        // Without Redis (which replaces it) redeliveries are still recognised after a restart.
        services.TryAddSingleton<IMessageDeduplicator>(provider => new FileMessageDeduplicator(
            Path.Combine(provider.GetRequiredService<IOptions<ZaloOptions>>().Value.DataPath, "delivered-events.log"),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<FileMessageDeduplicator>>()));
        // Replaceable stores (a shared implementation can be registered before AddZalo).
        services.TryAddSingleton<IZaloSuggestedActionStore, InMemoryZaloSuggestedActionStore>();
        services.TryAddSingleton<IZaloTokenStore, JsonFileZaloTokenStore>();

        services.AddTurnErrorHandler();
        services.AddSingleton<IChatSenderVerifier, ZaloSenderVerifier>();
        services.AddSingleton<ZaloTokenProvider>();
        services.AddSingleton<ZaloApiClient>();
        services.AddSingleton<ZaloMessageSender>();
        services.AddSingleton<ZaloReplyFormatter>();
        services.AddSingleton<ZaloAdapter>();
        services.AddSingleton<ZaloEventProcessor>();
        services.AddHostedService(provider => provider.GetRequiredService<ZaloEventProcessor>());
        services.AddSingleton<ZaloChannelMarker>();
        return builder;
    }
}
