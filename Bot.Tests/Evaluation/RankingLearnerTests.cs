using KnowledgeBase.Evaluation;
using KnowledgeBase.Search;

namespace Bot.Tests.Evaluation;

public sealed class RankingLearnerTests
{
    private static readonly string[] Sets = ["citizen", "formal"];
    private static readonly int Prior = Feature("prior");
    private static readonly int NameCoverage = Feature("nameCoverage");

    [Fact]
    public void AFeatureThatMarksTheGoldHitIsLearnedAndHoldsUnderCrossValidation()
    {
        // The hand-made order puts every gold second; only the gold covers its name.
        var questions = Questions(goldAt: 1, (candidate, isGold) => isGold ? 1f : 0f);

        var report = new RankingLearner(questions).Run(folds: 4);

        Assert.All(report.Sets, set =>
        {
            Assert.Equal(0, set.HandMade.RecallAt1);
            Assert.Equal(1, set.CrossValidated.RecallAt1);
        });
        Assert.True(report.Learned.Weights[NameCoverage] > 0);
    }

    [Fact]
    public void FeaturesThatSayNothingLeaveTheHandMadeOrder()
    {
        // Every hit covers its name alike: nothing tells the gold apart, so the learned order is the hand-made one.
        var questions = Questions(goldAt: 2, (_, _) => 0.5f);

        var report = new RankingLearner(questions).Run(folds: 4);

        Assert.All(report.Sets, set => Assert.Equal(set.HandMade, set.CrossValidated));
        Assert.Equal(RankingLearner.Measure(questions, null), RankingLearner.Measure(questions, report.Learned));
    }

    // Two sets of twelve questions, each about its own procedure, five candidates each.
    private static LearningQuestion[] Questions(int goldAt, Func<int, bool, float> coverage) =>
    [
        .. Sets.SelectMany(set => Enumerable.Range(0, 12).Select(i =>
        {
            var gold = $"{set}-{i}-gold";
            var question = new TuningQuestion(new EvaluationQuestion($"{set} {i}", [gold], i + 1), set);
            var candidates = Enumerable.Range(0, 5).Select(place =>
            {
                var features = new float[LearnedRanking.FeatureNames.Count];
                features[Prior] = 1f / (1 + place);
                features[NameCoverage] = coverage(place, place == goldAt);
                return new RankingCandidate(place == goldAt ? gold : $"{set}-{i}-{place}", features);
            }).ToArray();
            return new LearningQuestion(question, candidates);
        })),
    ];

    private static int Feature(string name) => LearnedRanking.FeatureNames.ToList().IndexOf(name);
}
