using Bot.Answers;
using Bot.Conversation;
using Bot.Templates;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Bot.Answers;

public sealed class ResultAnswerTests
{
    private static readonly AnswerComposer Composer = new(TemplateCatalog.LoadEmbedded(), TimeProvider.System);

    private static Procedure WithResult(string item) => new()
    {
        Code = "1.003504",
        Name = "Giải quyết khiếu nại về quyết định hành chính, hành vi hành chính của công dân đối với lực lượng Công an nhân dân (thực hiện tại cấp tỉnh)",
        Levels = ["Cấp tỉnh"],
        Sections = [new ProcedureSection { Kind = SectionKind.Result, Heading = "Kết quả", Markdown = "- " + item, Text = item, Items = [item] }],
    };

    [Fact]
    public void AResultThatIsOnlyACodeBehindAnEllipsisIsSaidToBeUnrecorded()
    {
        var answer = Composer.Compose(WithResult("... — Mã: KQ.G01.000279"), Aspect.Result).Markdown;

        Assert.DoesNotContain("...", answer, StringComparison.Ordinal);
        Assert.Contains("danh mục chưa ghi kết quả", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void AResultIsNamedWithoutItsCatalogueCode()
    {
        var answer = Composer.Compose(WithResult("Quyết định giải quyết khiếu nại lần đầu — Mã: KQ.G01.000279"), Aspect.Result).Markdown;

        Assert.Contains("- Quyết định giải quyết khiếu nại lần đầu", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("KQ.G01", answer, StringComparison.Ordinal);
    }
}
