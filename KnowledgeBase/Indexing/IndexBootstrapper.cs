using KnowledgeBase.Search;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Indexing;

/// <summary>First-run support: a host started on a fresh checkout builds the index from content before serving.</summary>
public static class IndexBootstrapper
{
    /// <summary>
    /// Builds and loads the index when none is published yet; does nothing when one is loaded.
    /// Returns the build result when a build ran, null otherwise.
    /// </summary>
    public static IndexBuildResult? EnsureIndex(
        LuceneProcedureSearch search, IndexBuilder builder, string contentPath, string indexPath, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(logger);
        if (search.IsLoaded || search.TryReload())
        {
            return null;
        }

        logger.LogInformation("No published index in {IndexPath}; building from {ContentPath}", indexPath, contentPath);
        var result = builder.Build(contentPath, indexPath, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == Content.DiagnosticSeverity.Error).Take(20))
            {
                logger.LogError("{Diagnostic}", diagnostic.ToString());
            }

            logger.LogError("Index build failed: {Error}. Search returns no results until a build succeeds", result.Error);
            return result;
        }

        search.TryReload();
        return result;
    }
}
