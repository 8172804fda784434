using Bot.Hosting;
using Bot.Rendering;
using KnowledgeBase;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Bot.Workspace.Editing;

/// <summary>The assistant's first reply to a trial question: its text, what kind of reply it was, the procedure it answered and its buttons.</summary>
public sealed record TrialReply(string Text, string? Kind, string? ProcedureCode, IReadOnlyList<string> Buttons);

/// <summary>
/// Asks the real bot (registered as the host registers it) a question against content that is not published: a
/// scratch index of the given content, a fresh conversation, nothing recorded in the feedback log or the live index.
/// </summary>
public sealed class TrialAssistant(IConfiguration configuration, IOptions<KnowledgeBaseOptions> options)
{
    /// <summary>The content folder's procedures with <paramref name="edited"/> in place of the file it was read from (or added).</summary>
    public static ContentSnapshot WithEdited(ContentSnapshot content, Procedure edited)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(edited);
        var procedures = content.Procedures
            .Where(p => p.Code != edited.Code && p.SourceFile != edited.SourceFile)
            .Append(edited)
            .ToList();
        return content with { Procedures = procedures };
    }

    public async Task<TrialReply> AskAsync(ContentSnapshot content, string question, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var scratchFolder = Path.Combine(Path.GetTempPath(), "assistant-trial-" + Guid.NewGuid().ToString("N"));
        // The build is CPU work for a few seconds on the full catalogue: off the request thread.
        using var search = await Task.Run(() => ScratchIndexSearch.Create(content, options.Value.ContentPath, options.Value.Search, cancellationToken: cancellationToken), cancellationToken);
        var trialConfiguration = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // A trial question is not a citizen's: it must not reach the inbox.
                ["Bot:FeedbackPath"] = Path.Combine(scratchFolder, "feedback"),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(trialConfiguration);
        services.AddLogging();
        services.AddSingleton<IProcedureSearch>(search);
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddProcedureMatching(trialConfiguration);
        services.AddAssistantBot(trialConfiguration);
        await using var provider = services.BuildServiceProvider();
        try
        {
            var bot = provider.GetRequiredService<IBot>();
            var reference = TestAdapter.CreateConversation("trial-" + Guid.NewGuid().ToString("N"), "editor-trial");
            reference.ChannelId = "webchat";
            var adapter = new TestAdapter(reference);
            await adapter.SendTextToBotAsync(question, bot.OnTurnAsync, cancellationToken);
            if (adapter.GetNextReply() is not Activity reply)
            {
                return new TrialReply("", null, null, []);
            }

            return new TrialReply(
                reply.Text ?? "",
                reply.Properties.Value<string>(ReplyRenderer.KindProperty),
                reply.Properties.Value<string>(ReplyRenderer.ProcedureCodeProperty),
                reply.SuggestedActions?.Actions?.Select(a => a.Title).ToArray() ?? []);
        }
        finally
        {
            if (Directory.Exists(scratchFolder))
            {
                Directory.Delete(scratchFolder, recursive: true);
            }
        }
    }
}
