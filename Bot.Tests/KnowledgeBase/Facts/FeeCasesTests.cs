using Bot.Tests.Bot.Support;
using KnowledgeBase.Facts;

namespace Bot.Tests.KnowledgeBase.Facts;

public sealed class FeeCasesTests
{
    [Theory]
    [InlineData("thi bang lai o to hang B het bao nhieu tien", "ô tô")]
    [InlineData("thi bằng lái xe máy hạng A1 hết bao nhiêu", "A1, A, B1")]
    public void AnExamQuestionNamingTheVehicleFindsThatVehiclesAmounts(string question, string expected)
    {
        var licence = BotFixtures.RepositorySearch.GetByCode("3.000346")!;

        var named = FeeCases.NamedBy(licence, question);

        Assert.True(named >= 0);
        Assert.Contains(expected, FeeCases.Of(licence)[named], StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrganisationInTheNoteIsNotTheCarOfAnAccentedQuestion() =>
        // "tổ chức" folds to the "tô" of "ô tô"; an ended online reduction must never be quoted as today's fee either.
        Assert.Equal(-1, FeeCases.NamedBy(BotFixtures.RepositorySearch.GetByCode("3.000347")!, "Bằng lái ô tô của tôi sắp hết hạn, đổi ở đâu, lệ phí bao nhiêu?"));

    [Fact]
    public void AQuestionNamingNoCaseQuotesNone() =>
        Assert.Equal(-1, FeeCases.NamedBy(BotFixtures.RepositorySearch.GetByCode("3.000346")!, "cấp giấy phép lái xe hết bao nhiêu tiền"));
}
