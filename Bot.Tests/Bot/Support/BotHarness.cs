using System.Diagnostics.Metrics;
using Bot.Hosting;
using Bot.Answers;
using Bot.Conversation;
using Bot.Feedback;
using Bot.Observability;
using Bot.Security;
using Bot.Templates;
using KnowledgeBase.Feedback;
using KnowledgeBase.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Support;

/// <summary>The real bot with memory storage, the fixture catalogue and a temp feedback folder.</summary>
internal sealed class BotHarness : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly FeedbackLog _log;
    private readonly ServiceProvider _metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public BotHarness(ILlmAnswerer? llm = null, IProcedureSearch? search = null)
    {
        Search = search ?? BotFixtures.Search;
        Templates = TemplateCatalog.LoadEmbedded();
        Storage = new MemoryStorage();
        _log = new FeedbackLog(Path.Combine(_data.Path, "feedback"));
        MeterFactory = _metrics.GetRequiredService<IMeterFactory>();
        Telemetry = new AssistantTelemetry(MeterFactory);
        Bot = new AssistantBot(
            new ConversationState(Storage),
            new UserState(Storage),
            new MessageInterpreter(),
            new ProcedureResolver(Search, Options.Create(FixtureBotOptions)),
            new AnswerComposer(Templates),
            Templates,
            llm ?? new DisabledLlmAnswerer(),
            new FeedbackRecorder(_log, TimeProvider.System, NullLogger<FeedbackRecorder>.Instance),
            Search,
            new MessageLengthGuard(Options.Create(new LimitsOptions())),
            Telemetry,
            Options.Create(FixtureBotOptions),
            NullLogger<AssistantBot>.Instance);
    }

    public AssistantBot Bot { get; }

    // The minimum match score is calibrated on the full catalogue; on the 16-procedure fixture every score is a
    // fraction of it (BM25 weights depend on the collection), so only the real catalogue's tests apply it.
    private static BotOptions FixtureBotOptions { get; } = new() { MinimumMatchScore = 0 };

    /// <summary>This harness's own meter factory: a listener filtering on it sees only this bot's measurements.</summary>
    public IMeterFactory MeterFactory { get; }

    public AssistantTelemetry Telemetry { get; }

    public IProcedureSearch Search { get; }

    public TemplateCatalog Templates { get; }

    public MemoryStorage Storage { get; }

    public string FeedbackFolder => _log.Folder;

    public TestFlow Flow(string channelId = "webchat") => new(new TestAdapter(channelId), Bot);

    /// <summary>Sends one message on a fresh adapter conversation and returns every reply.</summary>
    public static async Task<IReadOnlyList<IMessageActivity>> RepliesAsync(TestAdapter adapter, IBot bot, string text)
    {
        await adapter.SendTextToBotAsync(text, bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.AsMessageActivity());
        }

        return replies;
    }

    public void Dispose()
    {
        Telemetry.Dispose();
        _metrics.Dispose();
        _log.Dispose();
        _data.Dispose();
    }
}

internal static class ActivityAssertions
{
    public static string Kind(this IActivity activity) => ((Activity)activity).Properties.Value<string>("replyKind") ?? "";

    public static string? Code(this IActivity activity) => ((Activity)activity).Properties.Value<string>("procedureCode");

    public static string? AspectName(this IActivity activity) => ((Activity)activity).Properties.Value<string>("aspect");

    public static string? AnswerPath(this IActivity activity) => ((Activity)activity).Properties.Value<string>("answerPath");

    public static string Text(this IActivity activity) => activity.AsMessageActivity().Text ?? "";

    public static IList<CardAction> Actions(this IActivity activity) => activity.AsMessageActivity().SuggestedActions?.Actions ?? [];
}
