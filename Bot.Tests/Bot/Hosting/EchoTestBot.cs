using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Bot.Tests.Bot.Hosting;

/// <summary>
/// A small bot for host tests until the real bot is registered: greets new members and answers each message
/// with a reply that quotes it, a speak text and suggested actions, as the real bot's replies carry.
/// </summary>
public sealed class EchoTestBot : ActivityHandler
{
    public const string Welcome = "Xin chào! Tôi là trợ lý thử nghiệm.";

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        return membersAdded.Any(m => m.Id != turnContext.Activity.Recipient.Id)
            ? turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken)
            : Task.CompletedTask;
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        var reply = MessageFactory.Text($"Bạn hỏi: **{text}**", $"Bạn hỏi: {text}");
        reply.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Hỏi tiếp", value: "Hỏi tiếp")] };
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
