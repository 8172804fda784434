using Bot.Answers;
using Bot.Llm.Grounding;
using KnowledgeBase.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Llm;

public static class LlmServiceCollectionExtensions
{
    public const string HttpClientName = "Llm";

    /// <summary>
    /// Registers the LLM answer path when <c>Llm:Endpoint</c> is configured; otherwise registers nothing and the
    /// bot's disabled <see cref="ILlmAnswerer"/> stays in place. Replaces any earlier <see cref="ILlmAnswerer"/>, so
    /// it may be called before or after the bot registers its default (with TryAdd).
    /// </summary>
    public static IHostApplicationBuilder AddLlm(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(LlmOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(LlmOptions.Endpoint)]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<LlmOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(HttpClientName, (sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<LlmOptions>>().Value.TimeoutSeconds))
            // The kernel keeps its HttpClient for the app's lifetime; recycle connections so DNS changes are seen.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        services.AddMetrics();
        services.TryAddSingleton<LlmAnswerMetrics>();
        services.TryAddSingleton(_ => PromptTemplate.LoadEmbedded());
        services.TryAddSingleton<LlmPromptBuilder>();
        services.TryAddSingleton<GroundednessGuard>();
        services.TryAddSingleton(CreateKernel);
        services.Replace(ServiceDescriptor.Singleton<ILlmAnswerer, LlmAnswerer>());
        return builder;
    }

    /// <summary>One kernel for the app: the chat service plus, when a search index is registered, the knowledge base functions.</summary>
    private static Kernel CreateKernel(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var kernel = Kernel.CreateBuilder();
        kernel.Services.AddSingleton(services.GetRequiredService<ILoggerFactory>());
        var apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey;
        switch (options.Provider)
        {
            case LlmProvider.AzureOpenAI:
                kernel.AddAzureOpenAIChatCompletion(options.Model, options.Endpoint, apiKey ?? "", httpClient: httpClient);
                break;
            default:
                kernel.AddOpenAIChatCompletion(options.Model, new Uri(options.Endpoint), apiKey, httpClient: httpClient);
                break;
        }

        if (services.GetService<IProcedureSearch>() is { } search)
        {
            kernel.Plugins.AddFromObject(new KnowledgeBasePlugin(search), KnowledgeBasePlugin.PluginName);
        }

        return kernel.Build();
    }
}
