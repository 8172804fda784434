using Bot.Answers;
using Bot.Conversation;
using Bot.Templates;
using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Answers;

public sealed class AmountAnswerTests
{
    private static readonly AnswerComposer Composer = new(TemplateCatalog.LoadEmbedded(), TimeProvider.System);

    [Fact]
    public void AnAmountAskedBesideTheFeeSaysWhatFilingCostsOnce()
    {
        // "được hỗ trợ tối đa bao nhiêu" after 1.003434 (support for a linkage project): the record states no amount,
        // and filing is free; the amount's line says both.
        var procedure = BotFixtures.RepositorySearch.GetByCode("1.003434")!;

        var answer = Composer.Compose(procedure, [Aspect.Amount, Aspect.Fee]).Markdown;

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer, "miễn phí"));
    }
}
