using System.Text;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;
using KnowledgeBase.Matching;
using KnowledgeBase.Search;
using Microsoft.Extensions.Configuration;

namespace Indexer.Commands;

/// <summary>
/// <c>build</c>'s check of a new build before it is published: the content's regression cases must all still pass,
/// judged with the minimum score the Bot answers from.
/// </summary>
internal sealed class RegressionGate(IndexerContext context, IReadOnlyList<RegressionCase> cases)
{
    /// <summary>The last check's results; null until a build has been checked.</summary>
    public RegressionReport? Report { get; private set; }

    /// <summary>The score below which the Bot declines (<c>KnowledgeBase:Matching:MinimumScore</c>), as configured for it.</summary>
    public static float MinimumScore(IndexerContext context) =>
        (context.Configuration.GetSection(MatchingOptions.SectionName).Get<MatchingOptions>() ?? new MatchingOptions()).MinimumScore;

    public string? Check(string indexPath, string buildName, CancellationToken cancellationToken)
    {
        using var search = LuceneProcedureSearch.OpenBuild(indexPath, buildName, context.Options.Search);
        if (!search.IsLoaded)
        {
            return $"the new build {buildName} could not be opened to run the regression cases; the published index is unchanged";
        }

        Report = RegressionCheck.Run(search, cases, MinimumScore(context), cancellationToken);
        var failures = Report.Failures;
        if (failures.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder()
            .Append("publishing refused: ").Append(failures.Count).Append(" of ").Append(cases.Count)
            .Append(" regression case(s) in ").Append(RegressionCase.FileName)
            .Append(" no longer pass, so this change would break an earlier fix; the published index is unchanged:");
        foreach (var failure in failures)
        {
            message.AppendLine().Append("  ").Append(failure.Describe());
        }

        return message.ToString();
    }
}
