using KnowledgeBase.Evaluation;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Tests.Evaluation;

public sealed class RegressionCheckTests
{
    private const float MinimumScore = 80;

    private static readonly ProcedureFamily IdCardFamily = new("cap lai the can cuoc",
    [
        new FamilyMember("1.014064", "Cấp xã", false),
        new FamilyMember("2.001194", "Cấp tỉnh", false),
    ]);

    [Fact]
    public void CaseWhoseTopHitIsTheExpectedProcedurePasses() =>
        Assert.True(Outcome(Case("1.014064"), Hit("1.014064", 500, IdCardFamily)).Passed);

    [Fact]
    public void CaseWhoseTopHitIsAnotherLevelOfTheExpectedProcedurePasses() =>
        Assert.True(Outcome(Case("1.014064"), Hit("2.001194", 500, IdCardFamily)).Passed);

    [Fact]
    public void CaseWhoseTopHitIsAnotherProcedureFailsAndSaysWhatCameFirst()
    {
        var outcome = Outcome(Case("1.014064"), Hit("1.001456", 420.5f), Hit("1.014064", 300, IdCardFamily));

        Assert.False(outcome.Passed);
        Assert.Equal("dòng 4: “mất căn cước” → cần ra thủ tục 1.014064, nhưng ra thủ tục 1.001456 Thủ tục 1.001456 (điểm 420.5)", outcome.Describe());
    }

    [Fact]
    public void CaseWithNoHitAtAllFails() =>
        Assert.Equal("dòng 4: “mất căn cước” → cần ra thủ tục 1.014064, nhưng ra không thủ tục nào", Outcome(Case("1.014064")).Describe());

    [Theory]
    [InlineData(79.9f, true)]
    [InlineData(80f, false)]
    [InlineData(300f, false)]
    public void OutOfScopeCasePassesOnlyWhenTheTopScoreIsBelowTheMinimumScore(float topScore, bool passes) =>
        Assert.Equal(passes, Outcome(Case(null), Hit("1.001456", topScore)).Passed);

    [Fact]
    public void OutOfScopeCaseWithNoHitPasses() =>
        Assert.True(Outcome(Case(null)).Passed);

    private static RegressionCase Case(string? code) => new("mất căn cước", code, null, null, 4);

    private static SearchHit Hit(string code, float score, ProcedureFamily? family = null) =>
        new(new Procedure { Code = code, Name = "Thủ tục " + code, Family = family }, score, null, "");

    private static RegressionOutcome Outcome(RegressionCase regression, params SearchHit[] hits) =>
        Assert.Single(RegressionCheck.Run(new FixedSearch(hits), [regression], MinimumScore).Outcomes);

    private sealed class FixedSearch(IReadOnlyList<SearchHit> hits) : IProcedureSearch
    {
        public bool IsLoaded => true;

        public IndexInfo? Info => null;

        public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) => hits;

        public Procedure? GetByCode(string code) => null;
    }
}
