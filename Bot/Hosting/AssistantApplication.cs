using Bot.DirectLine;
using Bot.Infrastructure.Redis;
using Bot.Llm;
using Bot.Observability;
using Bot.Security;
using Bot.WebPages;
using Bot.Workspace;
using Bot.Workspace.Editing;
using KnowledgeBase;
using KnowledgeBase.Indexing;

namespace Bot.Hosting;

/// <summary>The whole assistant as Program.cs runs it, reusable by hosts that start it in-process (the load test).</summary>
public static class AssistantApplication
{
    /// <summary>Registers every part of the assistant; Redis last so it replaces the in-memory stores when configured.</summary>
    public static WebApplicationBuilder AddAssistant(this WebApplicationBuilder builder)
    {
        builder.AddKnowledgeBase();
        builder.AddBot();
        builder.AddLlm();
        builder.AddZalo();
        builder.AddDirectLine();
        builder.AddWebPages();
        builder.AddEditorWorkspace();
        builder.AddProcedureEditing();
        builder.AddAbusePolicies();
        builder.AddObservability();
        builder.AddRedis();
        return builder;
    }

    /// <summary>Middleware, the index (built from content when none is published) and every endpoint.</summary>
    public static IndexBuildResult? UseAssistant(this WebApplication app)
    {
        app.UseAbusePolicies();
        app.UseObservability();
        var built = app.EnsureIndex();
        app.MapBot();
        app.MapZalo();
        app.MapDirectLine();
        app.MapWebPages();
        app.MapEditorWorkspace();
        return built;
    }
}
