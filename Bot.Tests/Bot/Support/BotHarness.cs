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
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeBase;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Support;

/// <summary>
/// The real bot, built from the same registration the host uses (<c>AddAssistantBot</c>), with memory storage (or the given one), the
/// fixture catalogue (or another search) and a temp feedback folder.
/// </summary>
internal sealed class BotHarness : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly ServiceProvider _services;

    public BotHarness(ILlmAnswerer? llm = null, IProcedureSearch? search = null, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null, IStorage? storage = null)
    {
        Search = search ?? BotFixtures.Search;
        Storage = storage ?? new MemoryStorage();
        var defaults = new Dictionary<string, string?> { ["Bot:FeedbackPath"] = Path.Combine(_data.Path, "feedback") };
        if (search is null)
        {
            // The minimum match score is calibrated on the full catalogue; on the 16-procedure fixture every score
            // is a fraction of it (BM25 weights depend on the collection), so only the real catalogue applies it.
            defaults["KnowledgeBase:Matching:MinimumScore"] = "0";
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(defaults)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(Search);
        services.AddSingleton<IStorage>(Storage);
        if (llm is not null)
        {
            services.AddSingleton(llm);
        }

        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddProcedureMatching(configuration);
        services.AddAssistantBot(configuration);
        _services = services.BuildServiceProvider();
        Bot = (AssistantBot)_services.GetRequiredService<IBot>();
        Templates = _services.GetRequiredService<TemplateCatalog>();
        Telemetry = _services.GetRequiredService<AssistantTelemetry>();
        MeterFactory = _services.GetRequiredService<IMeterFactory>();
        FeedbackFolder = _services.GetRequiredService<FeedbackLog>().Folder;
    }

    public AssistantBot Bot { get; }

    /// <summary>This harness's own meter factory: a listener filtering on it sees only this bot's measurements.</summary>
    public IMeterFactory MeterFactory { get; }

    public AssistantTelemetry Telemetry { get; }

    public IProcedureSearch Search { get; }

    public TemplateCatalog Templates { get; }

    public IStorage Storage { get; }

    public string FeedbackFolder { get; }

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
        _services.Dispose();
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
