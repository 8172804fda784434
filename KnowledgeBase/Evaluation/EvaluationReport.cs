namespace KnowledgeBase.Evaluation;

/// <summary>
/// The figures of one ranking over a dev set: all answerable questions, split by diacritics, and the questions with
/// diacritics searched again with them stripped (<see cref="StrippedOfDiacritics"/>, the same questions as
/// <see cref="WithDiacritics"/>, so the two compare like for like).
/// </summary>
public sealed record EvaluationReport(
    RetrievalMetrics Overall,
    RetrievalMetrics WithDiacritics,
    RetrievalMetrics WithoutDiacritics,
    RetrievalMetrics StrippedOfDiacritics,
    OutOfScopeSummary OutOfScope,
    IReadOnlyList<QuestionOutcome> Outcomes)
{
    /// <summary>Answerable questions whose gold codes were not in the top <paramref name="k"/>.</summary>
    public IEnumerable<QuestionOutcome> MissesAt(int k) =>
        Outcomes.Where(o => !o.Question.IsOutOfScope && !o.IsHitAt(k));
}
