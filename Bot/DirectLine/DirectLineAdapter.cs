using Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace Bot.DirectLine;

/// <summary>
/// Runs the registered bot in-process for Direct Line conversations: the bot's replies are appended to the
/// conversation log (which the stream and polling then deliver) instead of being posted to a channel service URL.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    private readonly IDirectLineStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineAdapter> _logger;

    public DirectLineAdapter(IDirectLineStore store, TimeProvider time, TurnErrorHandler turnErrors, ILogger<DirectLineAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(turnErrors);
        _store = store;
        _time = time;
        _logger = logger;
        OnTurnError = turnErrors.HandleAsync;
    }

    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Awaited inside the using: the context must outlive the whole turn, including asynchronous state saves.
        using var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var incoming = turnContext.Activity;
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypesEx.Delay)
            {
                // The bot asked for a pause between messages (e.g. a typing indicator before the answer).
                var delay = activity.Value is int ms ? ms : Convert.ToInt32(activity.Value ?? 1000, System.Globalization.CultureInfo.InvariantCulture);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(delay, 0, 10_000)), _time, cancellationToken);
                responses[i] = new ResourceResponse();
                continue;
            }

            if (activity.Type == ActivityTypesEx.InvokeResponse)
            {
                turnContext.TurnState[InvokeResponseKey] = activity;
                responses[i] = new ResourceResponse();
                continue;
            }

            activity.ChannelId = Microsoft.Bot.Connector.Channels.Directline;
            activity.Conversation ??= incoming.Conversation;
            activity.From ??= incoming.Recipient;
            activity.Recipient ??= incoming.From;
            activity.Timestamp = _time.GetUtcNow();
            activity.LocalTimestamp ??= activity.Timestamp;
            var id = await _store.AppendAsync(incoming.Conversation.Id, activity, cancellationToken);
            if (id is null)
            {
                _logger.LogWarning("Reply dropped: conversation {ConversationId} no longer exists", incoming.Conversation.Id);
            }

            responses[i] = new ResourceResponse(id ?? "");
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line conversations here are append-only; send a new activity instead.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line conversations here are append-only.");
}
