using global::Bot.Channels.Zalo;
using global::Bot.Templates;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Bot.Tests.Bot.Channels.Zalo;

public sealed class ZaloReplyFormatterTests
{
    private readonly ZaloReplyFormatter formatter = new(TemplateCatalog.LoadEmbedded());

    [Fact]
    public void SuggestedActionsBecomeANumberedListWithTheirValues()
    {
        var activity = MessageFactory.SuggestedActions(
            [new CardAction(ActionTypes.ImBack, "Hộ chiếu", value: "cấp lại hộ chiếu"), new CardAction(ActionTypes.PostBack, "Khai sinh", value: new { code = "1.001" })],
            "Chọn thủ tục:", null, null);

        var reply = formatter.Format(activity);

        Assert.Equal("Chọn thủ tục:\n\nBạn có thể trả lời bằng số tương ứng:\n1. Hộ chiếu\n2. Khai sinh", reply.Text);
        Assert.Equal("cấp lại hộ chiếu", reply.Actions[0].Text);
        Assert.Null(reply.Actions[1].Text);
        Assert.NotNull(reply.Actions[1].Value);
    }

    [Fact]
    public void OpenUrlActionsAreShownAsLinksNotNumbered()
    {
        var activity = MessageFactory.SuggestedActions([new CardAction(ActionTypes.OpenUrl, "Cổng dịch vụ công", value: "https://dichvucong.gov.vn")], "Xem thêm", null, null);

        var reply = formatter.Format(activity);

        Assert.Equal("Xem thêm\n\nCổng dịch vụ công: https://dichvucong.gov.vn", reply.Text);
        Assert.Empty(reply.Actions);
    }

    [Fact]
    public void HeroCardTextAndButtonsAreKept()
    {
        var card = new HeroCard("Cấp lại hộ chiếu", "Cấp tỉnh", "Lệ phí **200.000 đồng**", buttons: [new CardAction(ActionTypes.ImBack, "Hồ sơ", value: "hồ sơ")]);

        var reply = formatter.Format(MessageFactory.Attachment(card.ToAttachment()));

        Assert.Equal("Cấp lại hộ chiếu\n\nCấp tỉnh\n\nLệ phí 200.000 đồng\n\nBạn có thể trả lời bằng số tương ứng:\n1. Hồ sơ", reply.Text);
        Assert.Equal("hồ sơ", Assert.Single(reply.Actions).Text);
    }

    [Fact]
    public void AdaptiveCardTextFactsAndSubmitActionsAreKept()
    {
        var card = JObject.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlock","text":"**Đăng ký khai sinh**"},
              {"type":"Container","items":[{"type":"FactSet","facts":[{"title":"Lệ phí","value":"Miễn phí"}]}]}],
             "actions":[{"type":"Action.Submit","title":"Xem hồ sơ","data":{"action":"documents"}},
                        {"type":"Action.OpenUrl","title":"Nguồn","url":"https://dichvucong.gov.vn"}]}
            """);
        var attachment = new Attachment("application/vnd.microsoft.card.adaptive", content: card);

        var reply = formatter.Format(MessageFactory.Attachment(attachment));

        Assert.Equal("Đăng ký khai sinh\n\n• Lệ phí: Miễn phí\n\nNguồn: https://dichvucong.gov.vn\n\nBạn có thể trả lời bằng số tương ứng:\n1. Xem hồ sơ", reply.Text);
        Assert.Equal("documents", ((JObject)Assert.Single(reply.Actions).Value!)["action"]!.ToString());
    }

    [Fact]
    public void NonMessageActivitiesHaveNoText() =>
        Assert.Equal(string.Empty, formatter.Format(new Activity(ActivityTypes.Typing)).Text);

    [Fact]
    public void ZaloTextsComeFromTheCatalogueInVietnameseWithDiacritics()
    {
        var templates = TemplateCatalog.LoadEmbedded();

        Assert.Contains("vui lòng", templates["zalo_non_text"]);
        Assert.Contains("trả lời", templates["zalo_actions_header"]);
    }
}
