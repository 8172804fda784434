using KnowledgeBase.Search;

namespace KnowledgeBase.Evaluation;

/// <summary>A training question and the set it comes from (the team's dev set, the portal FAQ…).</summary>
public sealed record TuningQuestion(EvaluationQuestion Question, string Set);

/// <summary>Before/after figures of one question set.</summary>
/// <param name="Default">The current weights, on every question of the set.</param>
/// <param name="CrossValidated">Each question ranked with the weights learned on the folds it is not in.</param>
/// <param name="Recommended">The weights learned on every fold, on every question (a training figure: it flatters).</param>
public sealed record SetFigures(string Set, RetrievalMetrics Default, RetrievalMetrics CrossValidated, RetrievalMetrics Recommended);

/// <summary>The weights one fold learned and what they scored on the fold they never saw.</summary>
public sealed record FoldResult(int Fold, int TestCount, SearchTuning Learned, double TrainObjective, double TestObjectiveDefault, double TestObjectiveLearned);

public sealed record TuningReport(IReadOnlyList<FoldResult> Folds, IReadOnlyList<SetFigures> Sets, SearchTuning Recommended, int SettingsMeasured);

/// <summary>
/// Learns <see cref="SearchTuning"/>'s query-time weights by coordinate ascent, with k-fold cross-validation so the
/// figure reported is measured on questions the weights were not learned from. The objective weighs every question
/// set equally (mean of the sets' R@1, plus a quarter of their MRR@10 to break ties), so weights that help the
/// team's colloquial questions but hurt the portal's formal ones (or the reverse) do not win. Folds keep the
/// questions about one procedure together, so a fold never tests on a procedure it was trained on.
/// </summary>
public sealed class RankingTuner
{
    private readonly IReadOnlyList<TuningQuestion> _questions;
    private readonly Func<SearchTuning, CancellationToken, IReadOnlyList<int?>> _measure;
    private readonly Dictionary<string, IReadOnlyList<int?>> _measured = new(StringComparer.Ordinal);
    private readonly string[] _sets;

    /// <param name="measure">Ranks every question with the given weights: the 1-based rank of its first gold code, null when not in the top 10.</param>
    public RankingTuner(IReadOnlyList<TuningQuestion> questions, Func<SearchTuning, CancellationToken, IReadOnlyList<int?>> measure)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(measure);
        if (questions.Any(q => q.Question.IsOutOfScope))
        {
            throw new ArgumentException("tuning needs answerable questions only", nameof(questions));
        }

        _questions = questions;
        _measure = measure;
        _sets = questions.Select(q => q.Set).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Multiples of each weight's current default that a step may try; 0 switches a layer off.</summary>
    public IReadOnlyList<float> Multipliers { get; init; } = [0f, 0.5f, 1.5f, 2.5f];

    /// <summary>A step must gain at least this much objective on the training folds: smaller gains are noise.</summary>
    public double MinimumGain { get; init; } = 0.003;

    public int Rounds { get; init; } = 2;

    /// <summary>The weights a step may move; the others keep their defaults.</summary>
    public IReadOnlyList<TunableWeight> Weights { get; init; } = TunableWeights.All;

    /// <summary>Told the number of settings measured so far, after each new one (a run measures hundreds).</summary>
    public IProgress<int>? Progress { get; init; }

    public TuningReport Run(int folds, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var start = SearchTuning.Default;
        var foldOf = _questions.Select(q => FoldOf(q.Question, folds)).ToArray();
        var all = Enumerable.Range(0, _questions.Count).ToArray();
        var crossValidated = new int?[_questions.Count];
        var results = new List<FoldResult>(folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var test = all.Where(i => foldOf[i] == fold).ToArray();
            var train = all.Where(i => foldOf[i] != fold).ToArray();
            if (test.Length == 0)
            {
                continue;
            }

            var (learned, trainScore) = Ascend(start, train, cancellationToken);
            var learnedRanks = Measure(learned, cancellationToken);
            foreach (var i in test)
            {
                crossValidated[i] = learnedRanks[i];
            }

            results.Add(new FoldResult(fold, test.Length, learned, trainScore,
                Objective(Measure(start, cancellationToken), test), Objective(learnedRanks, test)));
        }

        var (recommended, _) = Ascend(start, all, cancellationToken);
        var defaultRanks = Measure(start, cancellationToken);
        var recommendedRanks = Measure(recommended, cancellationToken);
        var sets = _sets.Select(set =>
        {
            var members = all.Where(i => _questions[i].Set == set).ToArray();
            return new SetFigures(set, Metrics(defaultRanks, members), Metrics(crossValidated, members), Metrics(recommendedRanks, members));
        }).ToArray();
        return new TuningReport(results, sets, recommended, _measured.Count);
    }

    /// <summary>Mean over the sets present in <paramref name="subset"/> of R@1 + ¼·MRR@10.</summary>
    public double Objective(IReadOnlyList<int?> ranks, IReadOnlyList<int> subset)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        ArgumentNullException.ThrowIfNull(subset);
        var total = 0.0;
        var setsSeen = 0;
        foreach (var set in _sets)
        {
            var members = subset.Where(i => _questions[i].Set == set).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var metrics = Metrics(ranks, members);
            total += metrics.RecallAt1 + 0.25 * metrics.MrrAt10;
            setsSeen++;
        }

        return setsSeen == 0 ? 0 : total / setsSeen;
    }

    private (SearchTuning Tuning, double Score) Ascend(SearchTuning start, IReadOnlyList<int> subset, CancellationToken cancellationToken)
    {
        var current = start;
        var best = Objective(Measure(current, cancellationToken), subset);
        for (var round = 0; round < Rounds; round++)
        {
            var moved = false;
            foreach (var weight in Weights)
            {
                var origin = weight.Get(SearchTuning.Default);
                SearchTuning? bestStep = null;
                var bestStepScore = best + MinimumGain;
                foreach (var multiplier in Multipliers.Append(1f))
                {
                    var value = origin * multiplier;
                    if (value == weight.Get(current))
                    {
                        continue;
                    }

                    var candidate = weight.Set(current, value);
                    var score = Objective(Measure(candidate, cancellationToken), subset);
                    if (score > bestStepScore)
                    {
                        (bestStep, bestStepScore) = (candidate, score);
                    }
                }

                if (bestStep is not null)
                {
                    (current, best, moved) = (bestStep, bestStepScore, true);
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return (current, best);
    }

    private IReadOnlyList<int?> Measure(SearchTuning tuning, CancellationToken cancellationToken)
    {
        var key = TunableWeights.Describe(tuning);
        if (!_measured.TryGetValue(key, out var ranks))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ranks = _measure(tuning, cancellationToken);
            if (ranks.Count != _questions.Count)
            {
                throw new InvalidOperationException($"the measure returned {ranks.Count} ranks for {_questions.Count} questions");
            }

            _measured[key] = ranks;
            Progress?.Report(_measured.Count);
        }

        return ranks;
    }

    private static RetrievalMetrics Metrics(IReadOnlyList<int?> ranks, IReadOnlyList<int> members) =>
        RetrievalMetrics.FromFirstHitRanks(members.Select(i => ranks[i]).ToArray(), 10);

    /// <summary>The fold of a question, from its first gold code: every question about one procedure lands in the same fold.</summary>
    internal static int FoldOf(EvaluationQuestion question, int folds)
    {
        // FNV-1a: stable across runs and machines, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in question.GoldCodes[0])
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)folds);
    }
}
