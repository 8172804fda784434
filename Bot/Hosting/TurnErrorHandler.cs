using Bot.Infrastructure.Redis;
using Bot.Templates;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Bot.Hosting;

/// <summary>
/// The one error policy for a failed turn, shared by every adapter (Bot Framework, Direct Line, Zalo): log the failure
/// with the turn's details, tell the citizen politely in Vietnamese (the template <c>error</c>), never show a stack
/// trace, and drop the conversation state that may have caused it so a broken state cannot wedge the conversation.
/// </summary>
public sealed class TurnErrorHandler
{
    private readonly string _apology;
    private readonly ConversationState? _conversationState;
    private readonly ILogger<TurnErrorHandler> _logger;

    /// <param name="conversationState">Absent only in hosts without the assistant's state (a channel tested alone).</param>
    public TurnErrorHandler(TemplateCatalog templates, ILogger<TurnErrorHandler> logger, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _apology = templates["error"];
        _conversationState = conversationState;
        _logger = logger;
    }

    /// <summary>Shaped as <see cref="BotAdapter.OnTurnError"/>.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        if (IsDeliveryFailure(exception))
        {
            // The channel did not take the reply (down, slow, refused): one line, no stack trace, and no apology,
            // which would go the same way. The conversation state is kept: nothing went wrong in it.
            _logger.LogWarning(
                "Could not deliver a reply to {ServiceHost} on channel {ChannelId}: {Reason}",
                Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) ? url.Host : "?",
                activity.ChannelId,
                exception.GetType().Name);
            return;
        }

        if (exception is OperationCanceledException)
        {
            // The host is stopping: nobody is left to read an apology, and the state did nothing wrong.
            _logger.LogError(
                "Turn for {ActivityType} {ActivityId} from user {UserId} on channel {ChannelId} was interrupted by shutdown before it was answered",
                activity.Type, activity.Id, activity.From?.Id, activity.ChannelId);
            return;
        }

        _logger.LogError(
            exception,
            "Turn failed for {ActivityType} {ActivityId} from user {UserId} in conversation {ConversationId} on channel {ChannelId}",
            activity.Type, activity.Id, activity.From?.Id, activity.Conversation?.Id, activity.ChannelId);
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(_apology, _apology, InputHints.AcceptingInput), CancellationToken.None);
        }
        catch (Exception sendError)
        {
            // Whatever broke the turn may break the apology too; the state is still dropped below.
            _logger.LogWarning("Could not send the apology after a failed turn on channel {ChannelId}: {Reason}", activity.ChannelId, sendError.GetType().Name);
        }

        // A state store outage is not the conversation's fault: keep its state for when the store is back.
        if (_conversationState is not null && exception is not StateStorageUnavailableException)
        {
            try
            {
                await _conversationState.DeleteAsync(turnContext, CancellationToken.None);
            }
            catch (Exception deleteError)
            {
                _logger.LogWarning("Could not drop the conversation state after a failed turn on channel {ChannelId}: {Reason}", activity.ChannelId, deleteError.GetType().Name);
            }
        }
    }

    /// <summary>The reply could not reach the channel; <c>ZaloSendException</c> is an <see cref="HttpRequestException"/>.</summary>
    private static bool IsDeliveryFailure(Exception exception) =>
        exception is HttpRequestException or TaskCanceledException { InnerException: TimeoutException } or ErrorResponseException
            or Microsoft.Rest.HttpOperationException;
}
