using Bot.Hosting;
using KnowledgeBase;
using KnowledgeBase.Search;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>The bot as the host registers it (<c>AddAssistantBot</c>), over an already opened search, with state in memory and feedback in a temp folder.</summary>
internal static class BotServices
{
    public static ServiceProvider Build(IProcedureSearch search, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:FeedbackPath"] = Path.Combine(Path.GetTempPath(), "assistant-bench-" + Guid.NewGuid().ToString("N")),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            // Tuning experiments: e.g. KnowledgeBase__Matching__AskRatio=0.9 in the environment.
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(search);
        services.AddSingleton<IStorage>(new MemoryStorage());
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddProcedureMatching(configuration);
        services.AddAssistantBot(configuration);
        return services.BuildServiceProvider();
    }
}
