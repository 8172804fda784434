using Bot.Templates;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Hosting;

public static class TurnErrorHandlerServiceCollectionExtensions
{
    /// <summary>The shared turn-error policy and the templates it speaks from; every adapter's registration calls this.</summary>
    public static IServiceCollection AddTurnErrorHandler(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddTemplates();
        services.TryAddSingleton<TurnErrorHandler>();
        return services;
    }
}
