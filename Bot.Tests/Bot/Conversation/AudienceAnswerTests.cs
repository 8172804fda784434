using Bot.Answers;
using Bot.Conversation;
using Bot.Templates;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Bot.Conversation;

public sealed class AudienceAnswerTests
{
    private static readonly AnswerComposer Composer = new(TemplateCatalog.LoadEmbedded(), TimeProvider.System);

    private static readonly Procedure PoliceCard = new()
    {
        Code = "1.001294",
        Name = "Cấp lại thẻ bảo hiểm y tế (thực hiện tại cấp tỉnh)",
        Levels = ["Cấp tỉnh"],
        SourceUrl = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-5f91-778e-bf14-1e8d964a3ae5",
    };

    [Fact]
    public void AnswerAboutAProcedureForANarrowerAudienceSaysWhoItIsFor()
    {
        var answer = Composer.Compose(PoliceCard with { Audience = "Lực lượng Công an và thân nhân" }, Aspect.Overview);

        Assert.Contains("Thủ tục này dành cho: Lực lượng Công an và thân nhân.", answer.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerAboutAProcedureForEveryoneSaysNothingAboutAudience() =>
        Assert.DoesNotContain("dành cho", Composer.Compose(PoliceCard, Aspect.Overview).Markdown, StringComparison.Ordinal);
}
