using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;

namespace Bot.Tests.Evaluation;

public sealed class DevSetFileTests
{
    private static readonly IReadOnlyList<EvaluationQuestion> Questions = DevSetReader.ReadFile(RepositoryFiles.DevSet);

    [Fact]
    public void DevSetHasEnoughQuestionsWithAndWithoutDiacritics()
    {
        Assert.True(Questions.Count >= 200, $"{Questions.Count} questions");
        Assert.True(Questions.Count(q => !q.HasDiacritics) >= 40, $"{Questions.Count(q => !q.HasDiacritics)} without diacritics");
        Assert.True(Questions.Count(q => q.HasDiacritics && !q.IsOutOfScope) >= 100);
    }

    [Fact]
    public void DevSetHoldsOutOfScopeQuestions()
    {
        var outOfScope = Questions.Count(q => q.IsOutOfScope);

        Assert.InRange(outOfScope, 8, Questions.Count / 5);
    }

    [Fact]
    public void DevSetQuestionsAreDistinct()
    {
        var duplicates = Questions.GroupBy(q => q.Question, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void HeldOutSetIsValidAndSharesNoQuestionWithTheDevSet()
    {
        var heldOut = DevSetReader.ReadFile(RepositoryFiles.HeldOutSet);
        var codes = ContentLoader.Load(RepositoryFiles.Content).Procedures.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

        Assert.True(heldOut.Count >= 100, $"{heldOut.Count} held-out questions");
        Assert.Empty(heldOut.SelectMany(q => q.GoldCodes.Where(c => !codes.Contains(c)).Select(c => $"line {q.Line}: {c}")));
        Assert.Empty(heldOut.Select(q => q.Question).Intersect(Questions.Select(q => q.Question), StringComparer.Ordinal));
    }

    [Fact]
    public void EveryGoldCodeIsAProcedureInTheContentAndSixMinistriesAreCovered()
    {
        var content = ContentLoader.Load(RepositoryFiles.Content);
        var byCode = content.Procedures.ToDictionary(p => p.Code, StringComparer.Ordinal);

        var unknown = Questions.SelectMany(q => q.GoldCodes.Where(c => !byCode.ContainsKey(c)).Select(c => $"line {q.Line}: {c}")).ToList();
        Assert.True(unknown.Count == 0, "gold codes missing from content/procedures: " + string.Join(", ", unknown));

        var ministries = Questions.SelectMany(q => q.GoldCodes).Select(c => byCode[c].Ministry).OfType<string>().Distinct().ToList();
        Assert.True(ministries.Count >= 6, "ministries covered: " + string.Join(", ", ministries));
    }
}
