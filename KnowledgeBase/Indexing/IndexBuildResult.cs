using KnowledgeBase.Content;

namespace KnowledgeBase.Indexing;

/// <summary>
/// The outcome of a build. On failure nothing was published: <see cref="Error"/> says why and the previous
/// build stays current. Diagnostics hold every content problem found (errors refuse the build, warnings do not).
/// </summary>
public sealed record IndexBuildResult(
    bool Succeeded,
    IndexManifest? Manifest,
    string? BuildPath,
    IReadOnlyList<ContentDiagnostic> Diagnostics,
    TimeSpan Elapsed,
    string? Error)
{
    /// <summary>True when nothing was tried because another build held the index folder's lock.</summary>
    public bool Busy { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}

public enum IndexBuildStage
{
    Loading,
    Indexing,
    Publishing,
}

/// <summary>Progress of a build: <paramref name="Done"/> of <paramref name="Total"/> files or procedures in the current stage.</summary>
public readonly record struct IndexBuildProgress(IndexBuildStage Stage, int Done, int Total);
