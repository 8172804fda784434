using Stopwatch = System.Diagnostics.Stopwatch;
using Bot.Templates;
using KnowledgeBase.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Bot.Hosting.WarmUp;

/// <summary>
/// Runs a few representative turns through the real bot once the index is loaded (questions, a follow-up, small talk,
/// the topics the welcome offers), so the first citizens do not pay for just-in-time compilation and first-use caches;
/// then <see cref="WarmUpState"/> reports ready. Replies go nowhere and the conversations are throw-away.
/// </summary>
internal sealed partial class WarmUpService(IBot bot, IProcedureSearch search, TemplateCatalog templates, WarmUpState state, ILogger<WarmUpService> logger)
    : BackgroundService
{
    private const int Rounds = 3;

    // A conversation a citizen might have: a question, follow-ups, small talk; then the welcome's topics.
    private static readonly string[] Conversation =
    [
        "mat can cuoc lam lai o dau, het bao nhieu tien", "còn bao lâu thì có?", "cần giấy tờ gì", "nộp online được không",
        "cảm ơn", "đăng ký khai sinh cho con làm thế nào", "xin chào", "thời tiết hôm nay",
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!search.IsLoaded)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
        }

        var started = Stopwatch.GetTimestamp();
        var messages = Conversation.Concat(templates.List("welcome_topics")).ToArray();
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                var adapter = new DiscardingAdapter();
                var conversation = $"warm-up-{round}-{Guid.NewGuid():N}";
                foreach (var message in messages)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    var activity = MessageFactory.Text(message);
                    activity.ChannelId = "webchat";
                    activity.Conversation = new ConversationAccount(id: conversation);
                    activity.From = new ChannelAccount("warm-up");
                    activity.Recipient = new ChannelAccount("assistant");
                    activity.Id = Guid.NewGuid().ToString("N");
                    await adapter.RunAsync(activity, bot, stoppingToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A warm-up that fails must not keep the instance out of service: it is ready, only slower at first.
            LogWarmUpFailed(logger, ex);
        }

        var took = Stopwatch.GetElapsedTime(started);
        state.Done(took);
        LogWarm(logger, Rounds * messages.Length, (long)took.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up with {Turns} turns in {Milliseconds} ms; ready")]
    private static partial void LogWarm(ILogger logger, int turns, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up failed; reporting ready anyway")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);

    /// <summary>Runs turns in process and drops the replies.</summary>
    private sealed class DiscardingAdapter : BotAdapter
    {
        public Task RunAsync(Activity activity, IBot bot, CancellationToken cancellationToken) =>
            RunPipelineAsync(WarmUpTurn.Mark(new TurnContext(this, activity)), bot.OnTurnAsync, cancellationToken);

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
