using Bot.Infrastructure.Redis;
using Bot.Templates;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Bot.Hosting;

/// <summary>
/// The Bot Framework <see cref="CloudAdapter"/> with the assistant's error policy: log the failure with the turn's
/// details, tell the citizen politely in Vietnamese, never show a stack trace, and drop the conversation state that
/// may have caused it so the next message starts clean.
/// </summary>
public sealed class AssistantAdapter : CloudAdapter
{
    public AssistantAdapter(
        BotFrameworkAuthentication authentication,
        TemplateCatalog templates,
        ConversationState conversationState,
        ILogger<AssistantAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var apology = templates["error"];
        OnTurnError = async (turnContext, exception) =>
        {
            if (IsDeliveryFailure(exception))
            {
                // The channel did not take the reply (down, slow, refused): one line, no stack trace, and no apology,
                // which would go the same way. The conversation state is kept: nothing went wrong in it.
                logger.LogWarning(
                    "Could not deliver a reply to {ServiceHost} on channel {ChannelId}: {Reason}",
                    Uri.TryCreate(turnContext.Activity.ServiceUrl, UriKind.Absolute, out var url) ? url.Host : "?",
                    turnContext.Activity.ChannelId,
                    exception.GetType().Name);
                return;
            }

            logger.LogError(exception, "Turn failed for {ActivityType} on channel {ChannelId}", turnContext.Activity.Type, turnContext.Activity.ChannelId);
            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(apology, apology, InputHints.AcceptingInput));

                // A state store outage is not the conversation's fault: keep its state for when the store is back.
                if (exception is not StateStorageUnavailableException)
                {
                    await conversationState.DeleteAsync(turnContext);
                }
            }
            catch (Exception sendError)
            {
                logger.LogWarning(sendError, "Could not send the apology after a failed turn");
            }
        };
    }

    private static bool IsDeliveryFailure(Exception exception) =>
        exception is HttpRequestException or TaskCanceledException { InnerException: TimeoutException } or ErrorResponseException or Microsoft.Rest.HttpOperationException;
}
