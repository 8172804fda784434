using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Templates;

public static class TemplateServiceCollectionExtensions
{
    /// <summary>The shared <see cref="TemplateCatalog"/>, for every registration whose services speak to citizens.</summary>
    public static IServiceCollection AddTemplates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => TemplateCatalog.LoadEmbedded());
        return services;
    }
}
