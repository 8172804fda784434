using KnowledgeBase.Search;

namespace KnowledgeBase.Evaluation;

/// <summary>A training question with the hand-made ranking's top hits and their features (<see cref="LuceneProcedureSearch.RankingCandidates"/>).</summary>
public sealed record LearningQuestion(TuningQuestion Question, IReadOnlyList<RankingCandidate> Candidates);

/// <summary>One set's figures: the hand-made order, cross-validated learned order, and the order learned on everything (a training figure).</summary>
public sealed record LearnedSetFigures(string Set, RetrievalMetrics HandMade, RetrievalMetrics CrossValidated, RetrievalMetrics Trained);

/// <summary>What <see cref="RankingLearner.Run"/> found: per-set figures, each fold's weights, and the weights learned on every question.</summary>
public sealed record RankingLearningReport(IReadOnlyList<LearnedSetFigures> Sets, IReadOnlyList<IReadOnlyList<float>> FoldWeights, LearnedRanking Learned);

/// <summary>
/// Learns <see cref="LearnedRanking"/>'s weights by softmax regression over each question's candidates (the gold hits
/// should take the softmax), optionally followed by coordinate ascent on the objective. Every question set weighs the
/// same in the loss (a set's questions share the set's weight), so the team's colloquial questions
/// and the ministries' formal ones pull equally. Cross-validation keeps the questions about one procedure in one fold
/// (as <see cref="RankingTuner"/> does), so a fold is always ranked by weights learned without its procedures.
/// </summary>
public sealed class RankingLearner
{
    private readonly IReadOnlyList<LearningQuestion> _questions;
    private readonly int _features;

    public RankingLearner(IReadOnlyList<LearningQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        _questions = questions;
        _features = LearnedRanking.FeatureNames.Count;
    }

    /// <summary>L2 penalty on the weights: keeps a few questions from deciding a weight.</summary>
    public double L2 { get; init; } = 0.001;

    public int Iterations { get; init; } = 1500;

    /// <summary>How many hand-made hits are re-ordered (the candidates' count at most).</summary>
    public int Depth { get; init; } = 30;

    public RankingLearningReport Run(int folds, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOf = _questions.Select(q => RankingTuner.FoldOf(q.Question.Question, folds)).ToArray();
        var all = Enumerable.Range(0, _questions.Count).ToArray();
        var crossValidated = new int?[_questions.Count];
        var foldWeights = new List<IReadOnlyList<float>>();
        for (var fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = all.Where(i => foldOf[i] != fold).ToArray();
            var weights = Learn(train);
            foldWeights.Add(weights);
            foreach (var i in all.Where(i => foldOf[i] == fold))
            {
                crossValidated[i] = RankOf(_questions[i], weights);
            }
        }

        var learned = Learn(all);
        var handMade = all.Select(i => RankOf(_questions[i], null)).ToArray();
        var trained = all.Select(i => RankOf(_questions[i], learned)).ToArray();
        var sets = _questions.Select(q => q.Question.Set).Distinct(StringComparer.Ordinal).Select(set =>
        {
            var members = all.Where(i => _questions[i].Question.Set == set).ToArray();
            return new LearnedSetFigures(set, Metrics(handMade, members), Metrics(crossValidated, members), Metrics(trained, members));
        }).ToArray();
        return new RankingLearningReport(sets, foldWeights, Ranking(learned));
    }

    /// <summary>The weights as a bundled ranking file holds them.</summary>
    public LearnedRanking Ranking(IReadOnlyList<float> weights) => new([.. LearnedRanking.FeatureNames], [.. weights], Depth);

    /// <summary>Ranks each question by the weights (null: the hand-made order) and gives the 1-based rank of its first gold hit.</summary>
    public static RetrievalMetrics Measure(IReadOnlyList<LearningQuestion> questions, LearnedRanking? ranking)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var ranks = questions.Select(q => RankOf(q, ranking?.Weights, ranking?.Depth ?? 0)).ToArray();
        return RetrievalMetrics.FromFirstHitRanks(ranks, 10);
    }

    private int? RankOf(LearningQuestion question, IReadOnlyList<float>? weights) => RankOf(question, weights, Depth);

    private static int? RankOf(LearningQuestion question, IReadOnlyList<float>? weights, int depth)
    {
        var candidates = question.Candidates;
        var order = Enumerable.Range(0, candidates.Count).ToArray();
        if (weights is not null)
        {
            var reordered = Math.Min(depth, candidates.Count);
            var ranking = new LearnedRanking(LearnedRanking.FeatureNames, weights, Math.Max(depth, 2));
            var rows = candidates.Take(reordered).Select(c => c.Features.ToArray()).ToArray();
            ranking.Order(rows).CopyTo(order, 0);
        }

        var gold = question.Question.Question.GoldCodes;
        for (var place = 0; place < order.Length; place++)
        {
            if (gold.Contains(candidates[order[place]].Code, StringComparer.Ordinal))
            {
                return place + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Passes of coordinate ascent on the objective after the regression; 0 (the default) keeps the regression's
    /// weights. The ascent raises the training figures and lowers the cross-validated ones (docs/evaluation.md).
    /// </summary>
    public int AscentRounds { get; init; }

    /// <summary>A coordinate step must gain at least this much objective on the training questions: smaller gains are noise.</summary>
    public double MinimumGain { get; init; } = 0.002;

    /// <summary>The regression's weights, then coordinate ascent on the objective itself.</summary>
    private float[] Learn(IReadOnlyList<int> subset)
    {
        var weights = Regress(subset);
        if (AscentRounds == 0)
        {
            return weights;
        }

        var best = Objective(subset, weights);
        for (var round = 0; round < AscentRounds; round++)
        {
            var moved = false;
            for (var f = 0; f < weights.Length; f++)
            {
                var origin = weights[f];
                var (bestValue, bestScore) = (origin, best + MinimumGain);
                foreach (var step in (ReadOnlySpan<float>)[-1f, -0.5f, -0.25f, -0.1f, 0.1f, 0.25f, 0.5f, 1f])
                {
                    weights[f] = origin + step;
                    var score = Objective(subset, weights);
                    if (score > bestScore)
                    {
                        (bestValue, bestScore) = (origin + step, score);
                    }
                }

                weights[f] = bestValue;
                if (bestValue != origin)
                {
                    (best, moved) = (bestScore, true);
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return weights;
    }

    /// <summary>Mean over the sets in <paramref name="subset"/> of R@1 + ¼·MRR@10 (as <see cref="RankingTuner.Objective"/>).</summary>
    private double Objective(IReadOnlyList<int> subset, IReadOnlyList<float> weights)
    {
        var total = 0.0;
        var sets = 0;
        foreach (var set in subset.GroupBy(i => _questions[i].Question.Set, StringComparer.Ordinal))
        {
            var metrics = RetrievalMetrics.FromFirstHitRanks(set.Select(i => RankOf(_questions[i], weights)).ToArray(), 10);
            total += metrics.RecallAt1 + (0.25 * metrics.MrrAt10);
            sets++;
        }

        return sets == 0 ? 0 : total / sets;
    }

    /// <summary>
    /// Softmax regression over each question's candidates (ListNet with the gold hits as the target), by gradient
    /// descent with momentum from the hand-made order (all weight on the prior). The loss of a question is
    /// -log(share of the softmax on its gold hits): any gold hit first is right, as in the family view of the sets.
    /// </summary>
    private float[] Regress(IReadOnlyList<int> subset)
    {
        var usable = subset.Where(i => Usable(_questions[i])).ToArray();
        var sets = usable.GroupBy(i => _questions[i].Question.Set, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = usable.Select(i => _questions[i].Candidates.Take(Depth).Select(c => c.Features.Select(f => (double)f).ToArray()).ToArray()).ToArray();
        var golds = usable.Select(i => _questions[i].Candidates.Take(Depth).Select(c => IsGold(_questions[i], c)).ToArray()).ToArray();
        var share = usable.Select(i => 1.0 / (sets.Count * sets[_questions[i].Question.Set])).ToArray();
        var w = new double[_features];
        w[0] = 1;
        var velocity = new double[_features];
        var gradient = new double[_features];
        const double rate = 0.5;
        const double momentum = 0.9;
        for (var step = 0; step < Iterations; step++)
        {
            for (var f = 0; f < _features; f++)
            {
                gradient[f] = L2 * w[f];
            }

            for (var q = 0; q < rows.Length; q++)
            {
                AddGradient(rows[q], golds[q], w, share[q], gradient);
            }

            for (var f = 0; f < _features; f++)
            {
                velocity[f] = (momentum * velocity[f]) - (rate * gradient[f]);
                w[f] += velocity[f];
            }
        }

        return [.. w.Select(x => (float)x)];
    }

    /// <summary>Adds one question's loss gradient: Σ over candidates of (softmax share − share among the gold hits) × features.</summary>
    private static void AddGradient(double[][] rows, bool[] gold, double[] w, double weight, double[] gradient)
    {
        var scores = new double[rows.Length];
        for (var c = 0; c < rows.Length; c++)
        {
            for (var f = 0; f < w.Length; f++)
            {
                scores[c] += w[f] * rows[c][f];
            }
        }

        var max = scores.Max();
        var all = 0.0;
        var onGold = 0.0;
        for (var c = 0; c < rows.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            all += scores[c];
            onGold += gold[c] ? scores[c] : 0;
        }

        for (var c = 0; c < rows.Length; c++)
        {
            var pull = weight * ((scores[c] / all) - (gold[c] ? scores[c] / onGold : 0));
            for (var f = 0; f < w.Length; f++)
            {
                gradient[f] += pull * rows[c][f];
            }
        }
    }

    private static bool IsGold(LearningQuestion question, RankingCandidate candidate) =>
        question.Question.Question.GoldCodes.Contains(candidate.Code, StringComparer.Ordinal);

    /// <summary>A question teaches something when a gold hit and another hit are both among the candidates.</summary>
    private bool Usable(LearningQuestion question)
    {
        var candidates = question.Candidates.Take(Depth).ToArray();
        return candidates.Any(c => IsGold(question, c)) && candidates.Any(c => !IsGold(question, c));
    }

    private static RetrievalMetrics Metrics(int?[] ranks, int[] members) =>
        RetrievalMetrics.FromFirstHitRanks(members.Select(i => ranks[i]).ToArray(), 10);
}
