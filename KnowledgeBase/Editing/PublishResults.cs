using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;

namespace KnowledgeBase.Editing;

public enum PublishOutcome
{
    /// <summary>The new build is current, on this host at once and on the others at their next reload check.</summary>
    Published,

    /// <summary>Another publish (here, on another host or by <c>Indexer build</c>) is running; nothing was tried.</summary>
    Busy,

    /// <summary>The content has errors or a regression case no longer passes; the published index is unchanged.</summary>
    Refused,

    /// <summary>The build failed (disk, I/O); the published index is unchanged.</summary>
    Failed,
}

/// <summary>
/// The outcome of a publish: the new build and what changed since the one before (when published), or why not, with
/// the content problems and the regression cases that failed.
/// </summary>
public sealed record PublishResult(
    PublishOutcome Outcome,
    IndexManifest? Manifest,
    ContentChanges Changes,
    IReadOnlyList<ContentDiagnostic> Diagnostics,
    IReadOnlyList<RegressionOutcome> RegressionFailures,
    int RegressionCases,
    string? Error,
    TimeSpan Elapsed);

/// <summary>A build kept on disk, for the history and rollback.</summary>
public sealed record PublishedBuild(string Name, DateTimeOffset BuiltAt, int ProcedureCount, int SynonymRules, bool IsCurrent);

/// <summary>The outcome of a rollback: the build that was current and the one that now is, or why nothing changed.</summary>
public sealed record RollbackResult(bool Succeeded, string? From, string? To, string? Error)
{
    /// <summary>True when a publish or another rollback was running, so nothing was tried.</summary>
    public bool Busy { get; init; }
}
