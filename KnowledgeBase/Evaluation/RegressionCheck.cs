using KnowledgeBase.Content;
using KnowledgeBase.Search;

namespace KnowledgeBase.Evaluation;

/// <summary>
/// Runs the regression cases against a search, asked as <c>Indexer eval</c> asks it. A case passes when the top hit
/// is the expected procedure or a member of its family (the same procedure at another level or channel, which the
/// assistant answers alike); an out-of-scope case passes when nothing scores at least the minimum score the
/// assistant answers from (<c>KnowledgeBase:Matching:MinimumScore</c>).
/// </summary>
public static class RegressionCheck
{
    private const int Depth = 10;

    public static RegressionReport Run(IProcedureSearch search, IReadOnlyList<RegressionCase> cases, float minimumScore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(cases);
        var outcomes = new List<RegressionOutcome>(cases.Count);
        foreach (var regression in cases)
        {
            var hits = search.Search(new SearchRequest(regression.Question) { MaxResults = Depth }, cancellationToken);
            var top = hits.Count > 0 ? hits[0] : null;
            var passed = regression.ExpectedCode is { } expected
                ? top is not null && IsSameProcedure(top, expected)
                : top is null || top.Score < minimumScore;
            outcomes.Add(new RegressionOutcome(regression, passed, top?.Procedure.Code, top?.Procedure.Name, top?.Score));
        }

        return new RegressionReport(outcomes);
    }

    private static bool IsSameProcedure(SearchHit hit, string expected) =>
        string.Equals(hit.Procedure.Code, expected, StringComparison.Ordinal)
        || hit.Procedure.Family?.Members.Any(m => string.Equals(m.Code, expected, StringComparison.Ordinal)) == true;
}

/// <summary>One case's result: what the search put first (null when it found nothing).</summary>
public sealed record RegressionOutcome(RegressionCase Case, bool Passed, string? TopCode, string? TopName, float? TopScore)
{
    /// <summary>"question → expected X, got Y" in editors' Vietnamese, for the build's refusal and the eval report.</summary>
    public string Describe() =>
        ContentMessages.RegressionFailure(Case.Line, Case.Question, Case.ExpectedCode, TopCode, TopName, TopScore, Case.Note);
}

public sealed record RegressionReport(IReadOnlyList<RegressionOutcome> Outcomes)
{
    public int Passed => Outcomes.Count(o => o.Passed);

    public IReadOnlyList<RegressionOutcome> Failures => Outcomes.Where(o => !o.Passed).ToArray();
}
