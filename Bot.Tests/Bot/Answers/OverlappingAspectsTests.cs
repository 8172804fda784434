using Bot.Answers;
using Bot.Conversation;
using Bot.Templates;
using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Answers;

/// <summary>Two aspects asked together whose lines would say the same fact: it is stated once.</summary>
public sealed class OverlappingAspectsTests
{
    private static readonly AnswerComposer Composer = new(TemplateCatalog.LoadEmbedded(), TimeProvider.System);

    [Theory]
    // 2.002233 (a resident's own tax finalisation) states no deadline for the citizen, only 6 working days to process.
    [InlineData("2.002233", Aspect.Deadline, Aspect.Time, "6 ngày làm việc")]
    // "được hỗ trợ tối đa bao nhiêu" after 1.003434 (support for a linkage project): the record states no amount, and
    // filing is free; the amount's line says both.
    [InlineData("1.003434", Aspect.Amount, Aspect.Fee, "miễn phí")]
    public void AFactTwoAskedAspectsShareIsStatedOnce(string code, Aspect first, Aspect second, string fact)
    {
        var procedure = BotFixtures.RepositorySearch.GetByCode(code)!;

        var answer = Composer.Compose(procedure, [first, second]).Markdown;

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer, fact));
    }
}
