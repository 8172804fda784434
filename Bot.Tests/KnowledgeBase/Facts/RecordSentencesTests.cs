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

    [Fact]
    public void AWordOfTheNameBesideOneOfTheQuestionsOwnFindsTheSentenceOnThatPair()
    {
        // "đăng ký" is the household business registration's own name; "đăng ký thuế" is not, and its record says
        // the registration's data goes to the tax registration system.
        var found = RecordSentences.Best(BotFixtures.RepositorySearch.GetByCode("1.001612")!, "có phải đăng ký thuế riêng không");

        Assert.NotNull(found);
        Assert.Contains("đăng ký thuế", found.Value.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void APairTheNameItselfSaysFindsNothing() =>
        Assert.Null(RecordSentences.Best(BotFixtures.RepositorySearch.GetByCode("1.001612")!, "đăng ký hộ kinh doanh được không"));

    [Fact]
    public void APapersQuantityFromThePortalsTableIsNeverQuoted()
    {
        // The re-registration of a birth lists its papers with "— 0 bản chính, 1 bản sao" after each.
        var found = RecordSentences.Best(BotFixtures.RepositorySearch.GetByCode("1.004884")!, "toi di lam thay duoc khong uy quyen");

        Assert.NotNull(found);
        Assert.DoesNotContain("bản chính", found.Value.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("—", found.Value.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceHoldingFewOfALongQuestionsPairsIsNotItsAnswer()
    {
        var record = BotFixtures.RepositorySearch.GetByCode("3.000333")!;

        Assert.NotNull(RecordSentences.Best(record, "phieu so 2 co uy quyen cho nguoi khac lam duoc khong", minShare: 0.5));
        Assert.Null(RecordSentences.Best(record, "toi dang song o nuoc ngoai lau nam, bo me o que, uy quyen duoc khong, nop qua buu dien duoc khong", minShare: 0.5));
    }
}
