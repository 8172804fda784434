namespace KnowledgeBase.Evaluation;

/// <summary>
/// A question an editor resolved, kept so the fix stays fixed (<c>content/regressions.jsonl</c>): the procedure it
/// must find first, or none when the assistant must decline it.
/// </summary>
/// <param name="ExpectedCode">The procedure the top hit must be (or share a family with); null for an out-of-scope question.</param>
/// <param name="Line">1-based line in the file, so a broken case can be found and discussed.</param>
public sealed record RegressionCase(string Question, string? ExpectedCode, string? Note, DateOnly? Added, int Line)
{
    public const string FileName = "regressions.jsonl";

    public bool IsOutOfScope => ExpectedCode is null;
}
