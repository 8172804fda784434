using KnowledgeBase.Configuration;
using KnowledgeBase.Editing;
using KnowledgeBase.Indexing;
using KnowledgeBase.Matching;
using KnowledgeBase.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeBase;

public static class KnowledgeBaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KnowledgeBaseOptions"/> (validated at start, paths resolved against the assistant's base
    /// folder), the Lucene <see cref="IProcedureSearch"/> singleton, a background check for newer index builds and the
    /// <see cref="ProcedureMatcher"/> that decides which procedure answers a question.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBase(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<KnowledgeBaseOptions>()
            .Bind(builder.Configuration.GetSection(KnowledgeBaseOptions.SectionName))
            .PostConfigure(options =>
            {
                if (!string.IsNullOrWhiteSpace(options.ContentPath))
                {
                    options.ContentPath = AssistantPaths.Resolve(options.ContentPath);
                }

                if (!string.IsNullOrWhiteSpace(options.IndexPath))
                {
                    options.IndexPath = AssistantPaths.Resolve(options.IndexPath);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeBaseOptions>, KnowledgeBaseOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new IndexBuilder(sp.GetService<ILogger<IndexBuilder>>()));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeBaseOptions>>().Value;
            return new LuceneProcedureSearch(options.IndexPath, options.Search, sp.GetService<ILogger<LuceneProcedureSearch>>());
        });
        services.TryAddSingleton<IProcedureSearch>(sp => sp.GetRequiredService<LuceneProcedureSearch>());
        services.TryAddSingleton<IIndexReloader>(sp => sp.GetRequiredService<LuceneProcedureSearch>());
        services.AddHostedService<IndexReloadService>();
        services.AddProcedureMatching(builder.Configuration);
        services.AddContentEditing(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Editors' changes to the content (section <c>KnowledgeBase:Editing</c>): the <see cref="ContentStore"/> every
    /// change goes through, its <see cref="AuditLog"/>, the inbox's one-click <see cref="ContentEdits"/> and the
    /// <see cref="SynonymPreview"/>, and the <see cref="ContentPublisher"/> (publish, history, rollback). Needs the <see cref="KnowledgeBaseOptions"/> and an <see cref="IProcedureSearch"/>.
    /// </summary>
    public static IServiceCollection AddContentEditing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EditingOptions>()
            .Bind(configuration.GetSection(EditingOptions.SectionName))
            .PostConfigure(options =>
            {
                if (!string.IsNullOrWhiteSpace(options.AuditPath))
                {
                    options.AuditPath = AssistantPaths.Resolve(options.AuditPath);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AuditLog(sp.GetRequiredService<IOptions<EditingOptions>>().Value.AuditPath));
        services.TryAddSingleton<ContentStore>();
        services.TryAddSingleton<ContentEdits>();
        services.TryAddSingleton<SynonymPreview>();
        services.TryAddSingleton<ContentPublisher>();
        return services;
    }

    /// <summary>The <see cref="ProcedureMatcher"/> and its options (section <c>KnowledgeBase:Matching</c>), over whatever <see cref="IProcedureSearch"/> is registered.</summary>
    public static IServiceCollection AddProcedureMatching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection(MatchingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ProcedureMatcher>();
        return services;
    }

    /// <summary>Builds the index from content when none is published yet (first run of a fresh checkout). Call before <c>app.Run()</c>.</summary>
    public static IndexBuildResult? EnsureIndex(this IHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var services = host.Services;
        var options = services.GetRequiredService<IOptions<KnowledgeBaseOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IndexBootstrapper));
        return IndexBootstrapper.EnsureIndex(
            services.GetRequiredService<LuceneProcedureSearch>(),
            services.GetRequiredService<IndexBuilder>(),
            options.ContentPath,
            options.IndexPath,
            logger,
            cancellationToken);
    }
}
