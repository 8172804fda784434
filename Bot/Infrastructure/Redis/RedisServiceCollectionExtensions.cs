using Bot.DirectLine;
using Bot.Security;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Infrastructure.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Registers the shared-state services. Without <c>Redis:Configuration</c> everything stays in memory
    /// (an in-process <see cref="IMessageDeduplicator"/>). With it, one <see cref="IConnectionMultiplexer"/>,
    /// <see cref="RedisStorage"/> as the only <see cref="IStorage"/>, <see cref="RedisDeduplicator"/> (Zalo
    /// redelivery marks), <see cref="RedisDirectLineStore"/> and <see cref="RedisRateLimitCounter"/>.
    /// Call it AFTER <c>builder.AddBot()</c>: it replaces the bot's default <c>InProcessStorage</c> registration,
    /// and start-up fails if something registered later would shadow it.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(RedisOptions.SectionName);
        services.AddOptions<RedisOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        var options = section.Get<RedisOptions>() ?? new RedisOptions();
        if (!options.IsEnabled)
        {
            services.TryAddSingleton<IMessageDeduplicator, InMemoryMessageDeduplicator>();
            return builder;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(sp => RedisConnectionFactory.Connect(
            sp.GetRequiredService<IOptions<RedisOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.Infrastructure.Redis")));

        services.RemoveAll<IStorage>();
        services.AddSingleton<RedisStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<RedisStorage>());

        services.RemoveAll<IMessageDeduplicator>();
        services.AddSingleton<IMessageDeduplicator, RedisDeduplicator>();

        services.RemoveAll<IDirectLineStore>();
        services.AddSingleton<RedisDirectLineStore>();
        services.AddSingleton<IDirectLineStore>(sp => sp.GetRequiredService<RedisDirectLineStore>());

        services.RemoveAll<IRateLimitCounter>();
        services.AddSingleton<IRateLimitCounter, RedisRateLimitCounter>();

        services.AddHostedService<RedisRegistrationCheck>();
        return builder;
    }
}
