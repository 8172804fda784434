namespace KnowledgeBase.Evaluation;

/// <summary>
/// How the search behaved on questions the catalogue cannot answer. They are kept out of recall; what matters is
/// that the assistant does not present a procedure as the answer.
/// </summary>
/// <param name="Count">Out-of-scope questions in the set.</param>
/// <param name="Rejected">Questions for which the search returned nothing, or whose top score fell below <see cref="ScoreThreshold"/>.</param>
/// <param name="ScoreThreshold">The score under which a top result counts as "nothing convincing"; null when scores were not measured.</param>
public sealed record OutOfScopeSummary(int Count, int Rejected, float? ScoreThreshold)
{
    public double RejectedRate => Count == 0 ? 0 : Rejected / (double)Count;
}
