using Bot.Answers;
using Bot.Conversation;
using Bot.Templates;
using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Answers;

public sealed class DeadlineAnswerTests
{
    private static readonly AnswerComposer Composer = new(TemplateCatalog.LoadEmbedded(), TimeProvider.System);

    [Fact]
    public void ADeadlineAskedWhereNoneIsStatedGivesTheProcessingTimeOnce()
    {
        // 2.002233 (a resident's own tax finalisation) states no deadline for the citizen, only 6 working days to process.
        var procedure = BotFixtures.RepositorySearch.GetByCode("2.002233")!;

        var answer = Composer.Compose(procedure, [Aspect.Deadline, Aspect.Time]).Markdown;

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer, "6 ngày làm việc"));
    }
}
