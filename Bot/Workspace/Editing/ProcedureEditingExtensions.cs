using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Workspace.Editing;

/// <summary>
/// What the procedure editor and publish pages need beyond <c>AddKnowledgeBase</c>'s content store and publisher:
/// the trial assistant. Registered with the workspace, i.e. only when editors are configured.
/// </summary>
public static class ProcedureEditingExtensions
{
    public static WebApplicationBuilder AddProcedureEditing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (EditorsOptions.IsConfigured(builder.Configuration))
        {
            builder.Services.TryAddSingleton<TrialAssistant>();
        }

        return builder;
    }
}
