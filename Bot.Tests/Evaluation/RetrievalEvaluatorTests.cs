using KnowledgeBase.Evaluation;

namespace Bot.Tests.Evaluation;

public sealed class RetrievalEvaluatorTests
{
    // Four answerable questions and one out of scope, with a fixed hand-made ranking:
    //   q1 gold A, ranked A ...          -> first hit at 1
    //   q2 gold B or C, ranked X Y C ... -> first hit at 3 (any gold code counts)
    //   q3 gold D, ranked at 7           -> first hit at 7
    //   q4 gold E, never ranked          -> miss
    private static readonly EvaluationQuestion[] Questions =
    [
        new("cấp lại căn cước", ["A"], 1),
        new("lam ho chieu", ["B", "C"], 2),
        new("đăng ký kết hôn", ["D"], 3),
        new("doi bang lai", ["E"], 4),
        new("thời tiết hôm nay", [], 5),
    ];

    private static readonly Dictionary<string, string[]> Rankings = new()
    {
        ["cấp lại căn cước"] = ["A", "B", "C"],
        ["lam ho chieu"] = ["X", "Y", "C", "B"],
        ["đăng ký kết hôn"] = ["1", "2", "3", "4", "5", "6", "D"],
        ["doi bang lai"] = ["1", "2"],
        ["thời tiết hôm nay"] = [],
    };

    [Fact]
    public void RecallAndMrrCountAnyGoldCodeAtItsFirstRank()
    {
        var report = RetrievalEvaluator.Evaluate(Questions, q => Rankings.GetValueOrDefault(q, []));

        Assert.Equal(4, report.Overall.Count);
        Assert.Equal(0.25, report.Overall.RecallAt1, 10);
        Assert.Equal(0.50, report.Overall.RecallAt5, 10);
        Assert.Equal(0.75, report.Overall.RecallAt10, 10);
        Assert.Equal((1.0 + 1.0 / 3 + 1.0 / 7 + 0) / 4, report.Overall.MrrAt10, 10);
    }

    [Fact]
    public void QuestionsAreSplitByWhetherTheyCarryDiacritics()
    {
        var report = RetrievalEvaluator.Evaluate(Questions, q => Rankings.GetValueOrDefault(q, []));

        Assert.Equal(2, report.WithDiacritics.Count);
        Assert.Equal(0.5, report.WithDiacritics.RecallAt1, 10);
        Assert.Equal((1.0 + 1.0 / 7) / 2, report.WithDiacritics.MrrAt10, 10);
        Assert.Equal(2, report.WithoutDiacritics.Count);
        Assert.Equal(0.0, report.WithoutDiacritics.RecallAt1, 10);
        Assert.Equal(0.5, report.WithoutDiacritics.RecallAt5, 10);
        Assert.Equal((1.0 / 3) / 2, report.WithoutDiacritics.MrrAt10, 10);
    }

    [Fact]
    public void QuestionsWithDiacriticsAreSearchedAgainWithTheirAccentsStripped()
    {
        // Typed without accents, "cấp lại căn cước" finds nothing and "đăng ký kết hôn" finds D first.
        var rankings = new Dictionary<string, string[]>(Rankings) { ["cap lai can cuoc"] = ["X"], ["dang ky ket hon"] = ["D"] };

        var report = RetrievalEvaluator.Evaluate(Questions, q => rankings.GetValueOrDefault(q, []));

        Assert.Equal(2, report.StrippedOfDiacritics.Count);
        Assert.Equal(0.5, report.StrippedOfDiacritics.RecallAt1, 10);
        Assert.Equal(0.5, report.StrippedOfDiacritics.RecallAt10, 10);
    }

    [Fact]
    public void StrippingDiacriticsKeepsTheLettersACitizenWouldType() =>
        Assert.Equal("Lam lai can cuoc o Dong Da, mat bao lau?", VietnameseDiacritics.Strip("Làm lại căn cước ở Đống Đa, mất bao lâu?"));

    [Fact]
    public void OutOfScopeQuestionsAreReportedApartAndKeptOutOfRecall()
    {
        var report = RetrievalEvaluator.Evaluate(Questions, q => Rankings.GetValueOrDefault(q, []));

        Assert.Equal(1, report.OutOfScope.Count);
        Assert.Equal(1, report.OutOfScope.Rejected);
        Assert.DoesNotContain(report.MissesAt(10), o => o.Question.IsOutOfScope);
        Assert.Equal(["doi bang lai"], report.MissesAt(10).Select(o => o.Question.Question));
    }

    [Fact]
    public void OutOfScopeQuestionWithOnlyWeakResultsCountsAsRejectedUnderTheThreshold()
    {
        var rankings = new Dictionary<string, string[]>(Rankings) { ["thời tiết hôm nay"] = ["A"] };
        var weak = RetrievalEvaluator.Evaluate(Questions, q => rankings.GetValueOrDefault(q, []), new EvaluationOptions { TopScore = _ => 0.5f, ScoreThreshold = 1f });
        var strong = RetrievalEvaluator.Evaluate(Questions, q => rankings.GetValueOrDefault(q, []), new EvaluationOptions { TopScore = _ => 3f, ScoreThreshold = 1f });

        Assert.Equal(1, weak.OutOfScope.Rejected);
        Assert.Equal(0, strong.OutOfScope.Rejected);
    }

    [Fact]
    public void RankingDeeperThanKIsIgnored()
    {
        var report = RetrievalEvaluator.Evaluate(Questions, q => Rankings.GetValueOrDefault(q, []), new EvaluationOptions { K = 5 });

        Assert.Equal(0.5, report.Overall.RecallAt10, 10);
        Assert.Equal((1.0 + 1.0 / 3) / 4, report.Overall.MrrAt10, 10);
        Assert.All(report.Outcomes, o => Assert.True(o.RankedCodes.Count <= 5));
    }
}
