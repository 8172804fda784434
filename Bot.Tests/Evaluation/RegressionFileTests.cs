using Bot.Tests.Bot.Support;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Matching;

namespace Bot.Tests.Evaluation;

/// <summary>The repository's own content/regressions.jsonl: every fix an editor made still holds on the repository content.</summary>
public sealed class RegressionFileTests
{
    private static readonly IReadOnlyList<RegressionCase> Cases = RegressionReader.ReadContentFolder(RepositoryFiles.Content);

    [Fact]
    public void EveryRegressionCaseOfTheRepositoryPassesOnTheRepositoryContent()
    {
        var report = RegressionCheck.Run(BotFixtures.RepositorySearch, Cases, new MatchingOptions().MinimumScore);

        Assert.NotEmpty(report.Outcomes);
        Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures.Select(f => f.Describe())));
    }

    [Fact]
    public void RegressionCasesNameProceduresOfTheCatalogueAndIncludeOutOfScopeQuestions()
    {
        var codes = ContentLoader.Load(RepositoryFiles.Content).Procedures.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(Cases.Where(c => !c.IsOutOfScope), c => Assert.Contains(c.ExpectedCode!, codes));
        Assert.Contains(Cases, c => c.IsOutOfScope);
        Assert.DoesNotContain(Cases.GroupBy(c => c.Question, StringComparer.Ordinal), g => g.Count() > 1);
    }
}
