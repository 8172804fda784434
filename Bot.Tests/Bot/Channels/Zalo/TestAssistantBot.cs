using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>
/// A small bot standing in for the assistant: welcomes new members, echoes questions, and on cue answers with
/// Markdown, a long text or suggested actions, or fails. It also records the activities it saw.
/// </summary>
internal sealed class TestAssistantBot : ActivityHandler
{
    public const string Welcome = "Xin chào, tôi là trợ lý ảo.";

    public List<IActivity> Seen { get; } = [];

    /// <summary>About 6,000 characters of numbered sentences, so every boundary is checkable.</summary>
    public static string LongAnswer { get; } = string.Join(' ', Enumerable.Range(1, 150).Select(i => $"Câu số {i} nói về giấy tờ cần nộp."));

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        lock (Seen)
        {
            Seen.Add(turnContext.Activity);
        }

        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient.Id))
        {
            await turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        switch (text)
        {
            case "lỗi":
                throw new InvalidOperationException("The test bot fails on purpose.");
            case "dài":
                await turnContext.SendActivityAsync(LongAnswer, cancellationToken: cancellationToken);
                break;
            case "markdown":
                await turnContext.SendActivityAsync(
                    "**Lệ phí**: xem [Cổng dịch vụ công](https://dichvucong.gov.vn).\n\n* Tờ khai\n* Ảnh 4x6",
                    cancellationToken: cancellationToken);
                break;
            case "gợi ý":
                var reply = MessageFactory.SuggestedActions(["Cấp lại hộ chiếu", "Đăng ký khai sinh"], "Bạn muốn hỏi thủ tục nào?", null, null);
                await turnContext.SendActivityAsync(reply, cancellationToken);
                break;
            default:
                var answer = new StringBuilder("Bạn hỏi: ").Append(text);
                if (turnContext.Activity.Value is not null)
                {
                    answer.Append(CultureInfo.InvariantCulture, $" ({turnContext.Activity.Value})");
                }

                await turnContext.SendActivityAsync(answer.ToString(), cancellationToken: cancellationToken);
                break;
        }
    }
}
