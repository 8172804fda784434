using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Bot.Hosting;

/// <summary>The Bot Framework <see cref="CloudAdapter"/> with the assistant's turn-error policy (<see cref="TurnErrorHandler"/>).</summary>
public sealed class AssistantAdapter : CloudAdapter
{
    public AssistantAdapter(BotFrameworkAuthentication authentication, TurnErrorHandler turnErrors, ILogger<AssistantAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(turnErrors);
        OnTurnError = turnErrors.HandleAsync;
    }
}
