namespace KnowledgeBase.Evaluation;

/// <summary>One dev-set line: a citizen's question and every catalogue code that correctly answers it.</summary>
/// <param name="Line">1-based line in the dev-set file, so a reviewer can find and fix a label.</param>
public sealed record EvaluationQuestion(string Question, IReadOnlyList<string> GoldCodes, int Line)
{
    /// <summary>No code answers it (weather, football…): the search should find nothing convincing.</summary>
    public bool IsOutOfScope => GoldCodes.Count == 0;

    public bool HasDiacritics => VietnameseDiacritics.HasAny(Question);
}
