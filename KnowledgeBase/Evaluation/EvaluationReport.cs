namespace KnowledgeBase.Evaluation;

/// <summary>The figures of one ranking over a dev set: all answerable questions, and split by diacritics.</summary>
public sealed record EvaluationReport(
    RetrievalMetrics Overall,
    RetrievalMetrics WithDiacritics,
    RetrievalMetrics WithoutDiacritics,
    OutOfScopeSummary OutOfScope,
    IReadOnlyList<QuestionOutcome> Outcomes)
{
    /// <summary>Answerable questions whose gold codes were not in the top <paramref name="k"/>.</summary>
    public IEnumerable<QuestionOutcome> MissesAt(int k) =>
        Outcomes.Where(o => !o.Question.IsOutOfScope && !o.IsHitAt(k));
}
