using Bot.Answers;
using Bot.Conversation;
using Bot.Feedback;
using Bot.Hosting.Connector;
using Bot.Hosting.Messages;
using Bot.Hosting.WarmUp;
using Bot.Infrastructure;
using Bot.Observability;
using Bot.Security;
using Bot.Templates;
using KnowledgeBase.Configuration;
using KnowledgeBase.Feedback;
using KnowledgeBase.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>Registers the assistant's Bot Framework host and maps its endpoints.</summary>
public static class BotHostingExtensions
{
    public const string MessagesRoute = "/api/messages";
    public const string HealthRoute = "/healthz";
    public const string LiveRoute = "/livez";

    public static WebApplicationBuilder AddBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddAssistantSettings();
        builder.Services.AddAssistantBot(builder.Configuration);

        // A host is ready once a few real turns have run (see WarmUpService); liveness is separate (/livez).
        builder.Services.TryAddSingleton<WarmUpState>();
        builder.Services.AddHostedService<WarmUpService>();

        // Only a host exposes /api/messages: it refuses to start with it anonymous outside Development unless told to.
        builder.Services.AddOptions<BotOptions>()
            .Validate<IConfiguration, IHostEnvironment>(
                (options, config, environment) => MessagesAuthentication.IsAcceptable(options, config, environment),
                MessagesAuthentication.RefusalMessage);
        return builder;
    }

    /// <summary>
    /// The bot and everything a turn needs, on any service collection: the host (through <see cref="AddBot"/>), the
    /// tests and the benchmarks build the bot from this one registration. Stores registered before it (state, LLM)
    /// win; the procedure search and matcher come from <c>AddKnowledgeBase</c> or the caller.
    /// </summary>
    public static IServiceCollection AddAssistantBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Bot Framework: MicrosoftAppId set, the adapter validates the channel's JWTs; empty means anonymous, which
        // only Development or an explicit Bot:AllowAnonymousMessages accept (above). Replies posted to a channel's
        // serviceUrl go through the default HttpClient: give up on a channel that does not answer.
        services.AddHttpClient(Options.DefaultName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<BotOptions>>().Value.ConnectorTimeout);
        services.TryAddSingleton<ServiceUrlAllowlist>();
        services.TryAddSingleton<ChannelActivityCheck>();
        // Connector clients are shared between turns per channel URL (ConnectorClientCache), not built per turn.
        services.TryAddSingleton<ConnectorClientCache>();
        services.TryAddSingleton<BotFrameworkAuthentication>(sp => new ReusingBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<ConnectorClientCache>()));
        services.AddTemplates();
        services.AddTurnErrorHandler();
        services.TryAddSingleton<AssistantAdapter>();
        services.TryAddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AssistantAdapter>());
        // Validated even when Redis replaces the store, so a bad value fails at start, not the day Redis is dropped.
        services.AddOptions<StateStoreOptions>()
            .Bind(configuration.GetSection(StateStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IStorage, InProcessStorage>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();

        services.TryAddSingleton<MessageInterpreter>();
        services.TryAddSingleton<AnswerComposer>();
        services.TryAddSingleton<ILlmAnswerer, DisabledLlmAnswerer>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new FeedbackLog(AssistantPaths.Resolve(sp.GetRequiredService<IOptions<BotOptions>>().Value.FeedbackPath)));
        services.TryAddSingleton<FeedbackRecorder>();
        // The bot's own limits and metrics; AddAbusePolicies and AddObservability configure them further.
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.SectionName));
        services.TryAddSingleton<MessageLengthGuard>();
        services.AddMetrics();
        services.TryAddSingleton<AssistantTelemetry>();
        services.TryAddSingleton<IBot, AssistantBot>();
        return services;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Oversized bodies never get here: the request guard (Limits:MaxRequestBodyBytes) answers 413 first.
        app.MapPost(MessagesRoute, MessagesEndpoint.HandleAsync);
        // Readiness: the index is loaded and the warm-up has run. Liveness: the process answers at all.
        app.MapGet(HealthRoute, (IProcedureSearch search, WarmUpState warmUp) => (search.IsLoaded, warmUp.IsWarm) switch
        {
            (false, _) => Results.Json(new HealthReport("index not loaded", false, null), statusCode: StatusCodes.Status503ServiceUnavailable),
            (true, false) => Results.Json(new HealthReport("warming up", true, search.Info), statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => Results.Ok(new HealthReport("ok", true, search.Info)),
        });
        app.MapGet(LiveRoute, () => Results.Ok(new { status = "alive" }));
        return app;
    }
}

/// <summary>The /healthz body: whether the index is loaded and what it was built from.</summary>
public sealed record HealthReport(string Status, bool IndexLoaded, IndexInfo? Index);
