namespace KnowledgeBase.Evaluation;

/// <summary>What one ranking returned for one dev-set question.</summary>
/// <param name="RankedCodes">The codes returned, best first, cut to the evaluation depth.</param>
/// <param name="FirstHitRank">1-based rank of the first gold code, or null when none was returned.</param>
public sealed record QuestionOutcome(EvaluationQuestion Question, IReadOnlyList<string> RankedCodes, int? FirstHitRank)
{
    public bool IsHitAt(int k) => FirstHitRank is { } rank && rank <= k;
}
