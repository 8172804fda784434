using KnowledgeBase.Evaluation;
using KnowledgeBase.Search;

namespace Bot.Tests.Evaluation;

public sealed class RankingTunerTests
{
    // Two sets of ten questions, each about its own procedure, so every fold holds questions of both sets.
    private static readonly TuningQuestion[] Questions =
    [
        .. Enumerable.Range(0, 10).Select(i => Question($"citizen {i}", $"1.00{i:000}", "citizen")),
        .. Enumerable.Range(0, 10).Select(i => Question($"formal {i}", $"2.00{i:000}", "formal")),
    ];

    [Fact]
    public void AWeightThatHelpsBothSetsIsLearnedAndCrossValidated()
    {
        // A stand-in ranking: a heavier alias weight puts every gold first; the default puts it second.
        var tuner = new RankingTuner(Questions, (tuning, _) =>
            Questions.Select(_ => (int?)(tuning.AliasWeight > SearchTuning.Default.AliasWeight ? 1 : 2)).ToArray());

        var report = tuner.Run(folds: 4);

        Assert.True(report.Recommended.AliasWeight > SearchTuning.Default.AliasWeight);
        Assert.Equal(SearchTuning.Default.NameWeight, report.Recommended.NameWeight);
        Assert.All(report.Sets, set =>
        {
            Assert.Equal(0, set.Default.RecallAt1);
            Assert.Equal(1, set.CrossValidated.RecallAt1);
        });
        Assert.Equal(Questions.Length, report.Folds.Sum(f => f.TestCount));
    }

    [Fact]
    public void AWeightThatHelpsOneSetButHurtsTheOtherMoreIsNotLearned()
    {
        // Phrase keys off: the citizen questions lose their first place, the formal ones gain it only for a few.
        var tuner = new RankingTuner(Questions, (tuning, _) => Questions.Select(q =>
        {
            var off = tuning.PhraseKeyWeight == 0f;
            return (int?)(q.Set == "citizen" ? off ? 3 : 1 : off && q.Question.Question.EndsWith('1') ? 1 : 2);
        }).ToArray());

        var report = tuner.Run(folds: 4);

        Assert.Equal(SearchTuning.Default.PhraseKeyWeight, report.Recommended.PhraseKeyWeight);
    }

    [Fact]
    public void GainsSmallerThanTheMinimumLeaveTheWeightsAlone()
    {
        var many = Enumerable.Range(0, 400).Select(i => Question($"q {i}", $"3.{i:000000}", "one")).ToArray();
        // Doubling the name weight moves one question of 400 from second to first: 0.0025 + a quarter of MRR gain, below 0.003.
        var tuner = new RankingTuner(many, (tuning, _) =>
            many.Select((_, i) => (int?)(i == 0 && tuning.NameWeight > SearchTuning.Default.NameWeight ? 1 : 2)).ToArray());

        var report = tuner.Run(folds: 2);

        Assert.Equal(SearchTuning.Default, report.Recommended);
    }

    [Fact]
    public void OutOfScopeQuestionsAreRefused()
    {
        TuningQuestion[] questions = [new(new EvaluationQuestion("thời tiết hôm nay", [], 1), "dev")];

        Assert.Throws<ArgumentException>(() => new RankingTuner(questions, (_, _) => [null]));
    }

    private static TuningQuestion Question(string text, string code, string set) => new(new EvaluationQuestion(text, [code], 1), set);
}
