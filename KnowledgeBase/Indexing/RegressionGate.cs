using System.Text;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Search;

namespace KnowledgeBase.Indexing;

/// <summary>
/// The check of a new build before it is published (<see cref="IndexBuilder.CheckBeforePublishing"/>), shared by
/// <c>Indexer build</c> and the editors' publish: the content's regression cases must all still pass, judged with the
/// minimum score the Bot answers from (<c>KnowledgeBase:Matching:MinimumScore</c>).
/// </summary>
public sealed class RegressionGate(IReadOnlyList<RegressionCase> cases, float minimumScore, SearchOptions options)
{
    /// <summary>The last check's results; null until a build has been checked.</summary>
    public RegressionReport? Report { get; private set; }

    public IReadOnlyList<RegressionCase> Cases => cases;

    public string? Check(string indexPath, string buildName, CancellationToken cancellationToken)
    {
        using var search = LuceneProcedureSearch.OpenBuild(indexPath, buildName, options);
        if (!search.IsLoaded)
        {
            return ContentMessages.RegressionBuildUnreadable(buildName);
        }

        Report = RegressionCheck.Run(search, cases, minimumScore, cancellationToken);
        var failures = Report.Failures;
        if (failures.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder(ContentMessages.RegressionsRefused(failures.Count, cases.Count, RegressionCase.FileName));
        foreach (var failure in failures)
        {
            message.AppendLine().Append("  ").Append(failure.Describe());
        }

        return message.ToString();
    }
}
