using System.Globalization;
using Bot.Hosting;
using Bot.Templates;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>
/// Bot Framework adapter for the Zalo OA: turns Zalo events into activities on channel <c>zalo</c> (the Zalo user
/// is both <c>from</c> and the conversation) so the same <see cref="IBot"/> answers, and delivers its replies as
/// plain-text OA messages.
/// </summary>
public sealed class ZaloAdapter : BotAdapter
{
    public const string ChannelId = "zalo";

    private readonly ZaloMessageSender sender;
    private readonly ZaloReplyFormatter formatter;
    private readonly IZaloSuggestedActionStore suggestedActions;
    private readonly TemplateCatalog templates;
    private readonly ZaloOptions options;
    private readonly TimeProvider timeProvider;

    /// <param name="middleware">Bot middleware registered in DI (state auto-save, transcripts) runs on Zalo turns as on other channels.</param>
    public ZaloAdapter(
        ZaloMessageSender sender,
        ZaloReplyFormatter formatter,
        IZaloSuggestedActionStore suggestedActions,
        TemplateCatalog templates,
        IOptions<ZaloOptions> options,
        TimeProvider timeProvider,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        TurnErrorHandler turnErrors)
    {
        ArgumentNullException.ThrowIfNull(turnErrors);
        this.sender = sender;
        this.formatter = formatter;
        this.suggestedActions = suggestedActions;
        this.templates = templates;
        this.options = options.Value;
        this.timeProvider = timeProvider;
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = turnErrors.HandleAsync;
    }

    public async Task ProcessAsync(ZaloEvent zaloEvent, IBot bot, CancellationToken cancellationToken)
    {
        switch (zaloEvent.Kind)
        {
            case ZaloEventKind.NonText:
                await sender.SendAsync(zaloEvent.UserId, templates["zalo_non_text"], zaloEvent.MessageId, cancellationToken);
                break;
            case ZaloEventKind.Follow:
                var update = CreateActivity(zaloEvent, ActivityTypes.ConversationUpdate);
                update.MembersAdded = [update.From];
                await RunAsync(update, bot, cancellationToken);
                break;
            default:
                var message = CreateActivity(zaloEvent, ActivityTypes.Message);
                await ApplyChosenActionAsync(message, zaloEvent, cancellationToken);
                await RunAsync(message, bot, cancellationToken);
                break;
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        var inboundMessageId = turnContext.Activity?.Id;
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse(activity.Id ?? string.Empty);
            if (activity.Type == ActivityTypes.Delay)
            {
                // The Bot Framework convention for pauses between messages; its value is milliseconds.
                _ = int.TryParse(Convert.ToString(activity.Value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, 10_000)), timeProvider, cancellationToken);
                continue;
            }

            if (activity.Type != ActivityTypes.Message)
            {
                continue;
            }

            var userId = activity.Recipient?.Id ?? activity.Conversation?.Id
                ?? throw new InvalidOperationException("A Zalo reply needs the user as recipient.");
            var reply = formatter.Format(activity);
            if (reply.Text.Length > 0)
            {
                var ids = await sender.SendAsync(userId, reply.Text, inboundMessageId, cancellationToken);
                responses[i] = new ResourceResponse(ids.Count > 0 ? ids[^1] : string.Empty);
            }

            if (reply.Actions.Count > 0)
            {
                await suggestedActions.RememberAsync(userId, reply.Actions, cancellationToken);
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Zalo OA messages cannot be edited.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Zalo OA messages cannot be deleted.");

    private async Task RunAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
    }

    /// <summary>A reply that is just the number of an offered action stands for that action.</summary>
    private async Task ApplyChosenActionAsync(Activity message, ZaloEvent zaloEvent, CancellationToken cancellationToken)
    {
        // The offered list is answered by the very next message only; anything else moves the conversation on.
        var offered = await suggestedActions.TakeAsync(zaloEvent.UserId, cancellationToken);
        var text = message.Text.Trim().TrimEnd('.', ')');
        if (offered.Count == 0 || text.Length is 0 or > 3
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > offered.Count)
        {
            return;
        }

        var chosen = offered[number - 1];
        message.Text = chosen.Text;
        message.Value = chosen.Value;
    }

    private Activity CreateActivity(ZaloEvent zaloEvent, string type)
    {
        var user = new ChannelAccount(zaloEvent.UserId, role: RoleTypes.User);
        return new Activity
        {
            Type = type,
            Id = zaloEvent.MessageId ?? zaloEvent.DeduplicationKey,
            ChannelId = ChannelId,
            ServiceUrl = options.ApiBaseUrl,
            From = user,
            Recipient = new ChannelAccount(zaloEvent.OaId ?? options.AppId, "Zalo OA", RoleTypes.Bot),
            Conversation = new ConversationAccount(isGroup: false, id: zaloEvent.UserId),
            Text = zaloEvent.Text,
            TextFormat = TextFormatTypes.Plain,
            Locale = "vi-VN",
            Timestamp = long.TryParse(zaloEvent.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
                && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
                ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
                : timeProvider.GetUtcNow(),
        };
    }
}
