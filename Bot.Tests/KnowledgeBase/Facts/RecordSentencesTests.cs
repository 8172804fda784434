using Bot.Tests.Bot.Support;
using KnowledgeBase.Facts;

namespace Bot.Tests.KnowledgeBase.Facts;

public sealed class RecordSentencesTests
{
    [Fact]
    public void AskingWhetherSomeoneElseMayApplyFindsTheRecordsSentenceOnAuthorisation()
    {
        var record = BotFixtures.RepositorySearch.GetByCode("3.000333")!;

        var found = RecordSentences.Best(record, "co the uy quyen cho nguoi khac lam khong");

        Assert.NotNull(found);
        Assert.Contains("ủy quyền cho người khác", found.Value.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("khong")]
    [InlineData("cấp phiếu lý lịch tư pháp")]
    [InlineData("thời tiết hôm nay thế nào")]
    public void AQuestionWithoutTwoWordsOfItsOwnInOneSentenceFindsNothing(string question) =>
        Assert.Null(RecordSentences.Best(BotFixtures.RepositorySearch.GetByCode("3.000333")!, question));
}
