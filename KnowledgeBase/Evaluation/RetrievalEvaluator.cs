namespace KnowledgeBase.Evaluation;

/// <summary>
/// Measures any search against the dev set. The search is just a ranking function (question → codes, best first),
/// so the production search and the plain BM25 baseline are measured the same way, on the same questions.
/// </summary>
public static class RetrievalEvaluator
{
    public static EvaluationReport Evaluate(
        IReadOnlyList<EvaluationQuestion> questions,
        Func<string, IReadOnlyList<string>> rank,
        EvaluationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(rank);
        options ??= new EvaluationOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.K, 1);

        var outcomes = new List<QuestionOutcome>(questions.Count);
        var rejected = 0;
        foreach (var question in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ranked = rank(question.Question).Take(options.K).ToArray();
            outcomes.Add(new QuestionOutcome(question, ranked, FirstHitRank(ranked, question.GoldCodes)));
            if (question.IsOutOfScope && IsRejected(question.Question, ranked, options))
            {
                rejected++;
            }
        }

        var answerable = outcomes.Where(o => !o.Question.IsOutOfScope).ToList();
        RetrievalMetrics Metrics(IEnumerable<QuestionOutcome> subset) =>
            RetrievalMetrics.FromFirstHitRanks(subset.Select(o => o.FirstHitRank).ToList(), options.K);

        // The accented questions once more, typed without accents: the diacritics gap on identical questions.
        var stripped = new List<int?>();
        foreach (var outcome in answerable.Where(o => o.Question.HasDiacritics))
        {
            cancellationToken.ThrowIfCancellationRequested();
            stripped.Add(FirstHitRank(rank(VietnameseDiacritics.Strip(outcome.Question.Question)).Take(options.K).ToArray(), outcome.Question.GoldCodes));
        }

        return new EvaluationReport(
            Metrics(answerable),
            Metrics(answerable.Where(o => o.Question.HasDiacritics)),
            Metrics(answerable.Where(o => !o.Question.HasDiacritics)),
            RetrievalMetrics.FromFirstHitRanks(stripped, options.K),
            new OutOfScopeSummary(
                questions.Count(q => q.IsOutOfScope),
                rejected,
                options.TopScore is null ? null : options.ScoreThreshold),
            outcomes);
    }

    private static int? FirstHitRank(string[] ranked, IReadOnlyList<string> gold)
    {
        for (var i = 0; i < ranked.Length; i++)
        {
            if (gold.Contains(ranked[i], StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static bool IsRejected(string question, string[] ranked, EvaluationOptions options)
    {
        if (ranked.Length == 0)
        {
            return true;
        }

        return options is { TopScore: { } topScore, ScoreThreshold: { } threshold }
            && (topScore(question) is not { } score || score < threshold);
    }
}
