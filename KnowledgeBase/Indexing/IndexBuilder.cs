using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KnowledgeBase.Indexing;

/// <summary>
/// Builds the index from a content folder into a new build folder and publishes it atomically. Content with errors,
/// a cancelled or crashed build, or a build that fails verification never replaces the published index.
/// </summary>
public sealed class IndexBuilder
{
    public const string SynonymsFile = "synonyms.txt";

    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public IndexBuilder(ILogger<IndexBuilder>? logger = null, TimeProvider? time = null)
    {
        _logger = logger ?? NullLogger<IndexBuilder>.Instance;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Runs on every new build after it is written and verified, before it is published; a non-null answer refuses
    /// it (the build is deleted, the published index is unchanged, and the answer becomes <see cref="IndexBuildResult.Error"/>).
    /// The editor-facing <c>Indexer build</c> checks the regression cases here; the Bot's startup build does not.
    /// </summary>
    public PublishCheck? CheckBeforePublishing { get; init; }

    /// <summary>
    /// Builds kept on disk after a publish, newest first (the published one and the one before it are always kept: a
    /// Bot may still be reading it); more let an editor roll back further.
    /// </summary>
    public int KeepBuilds { get; init; } = 2;

    public IndexBuildResult Build(string contentPath, string indexPath, IProgress<IndexBuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentPath);
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        var stopwatch = Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(IndexLayout.BuildsPath(indexPath));
        using var buildLock = TryLock(indexPath);
        if (buildLock is null)
        {
            return Failed([], stopwatch, $"another build is running in {indexPath}") with { Busy = true };
        }

        var content = ContentLoader.Load(
            contentPath,
            progress is null ? null : new LoadingProgress(progress),
            cancellationToken);
        return Build(content, contentPath, indexPath, stopwatch, progress, cancellationToken);
    }

    /// <summary>Builds from content already loaded from <paramref name="contentPath"/> (its synonyms file is read from there).</summary>
    public IndexBuildResult Build(ContentSnapshot content, string contentPath, string indexPath, IProgress<IndexBuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(contentPath);
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        var stopwatch = Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(IndexLayout.BuildsPath(indexPath));
        using var buildLock = TryLock(indexPath);
        if (buildLock is null)
        {
            return Failed([], stopwatch, $"another build is running in {indexPath}") with { Busy = true };
        }

        return Build(content, contentPath, indexPath, stopwatch, progress, cancellationToken);
    }

    private IndexBuildResult Build(ContentSnapshot content, string contentPath, string indexPath, Stopwatch stopwatch, IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var synonymsPath = Path.Combine(contentPath, SynonymsFile);
        var synonyms = SynonymSet.Load(synonymsPath, out var synonymProblems);
        var diagnostics = content.Diagnostics.Concat(synonymProblems).ToList();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            // The first error is named, so a host that only logs the result (the Bot's start-up, a benchmark) says what to fix.
            var first = diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            _logger.LogError("Build refused: {Errors} content errors in {Content}, the first {First}; the published index is unchanged", errors, contentPath, first);
            return Failed(diagnostics, stopwatch, $"{errors} content error(s), the first {first}; the published index is unchanged");
        }

        if (content.Procedures.Count == 0)
        {
            return Failed(diagnostics, stopwatch, $"no procedures found in {contentPath}; the published index is unchanged");
        }

        var builtAt = _time.GetUtcNow();
        var name = $"{builtAt:yyyyMMdd'T'HHmmssfff'Z'}-{ShortHash(content.Fingerprint, synonyms.Hash)}";
        var finalPath = IndexLayout.BuildPath(indexPath, name);
        var partialPath = finalPath + IndexLayout.PartialSuffix;
        try
        {
            var manifest = new IndexManifest
            {
                Format = IndexManifest.CurrentFormat,
                Version = name,
                ContentFingerprint = content.Fingerprint,
                ProcedureCount = content.Procedures.Count,
                BuiltAt = builtAt,
                SynonymsHash = synonyms.Hash,
                SynonymRules = synonyms.RuleCount,
            };
            WriteIndex(partialPath, FamilyGrouping.Apply(content.Procedures), synonyms, progress, cancellationToken);
            if (File.Exists(synonymsPath))
            {
                File.Copy(synonymsPath, Path.Combine(partialPath, IndexLayout.SynonymsFile));
            }

            manifest.Write(Path.Combine(partialPath, IndexLayout.ManifestFile));
            BuildContentFiles.Of(content, synonyms).Write(Path.Combine(partialPath, IndexLayout.ContentFilesFile));
            Verify(partialPath, manifest);
            cancellationToken.ThrowIfCancellationRequested();

            progress?.Report(new(IndexBuildStage.Publishing, 0, 1));
            var previous = IndexLayout.ReadCurrent(indexPath);
            System.IO.Directory.Move(partialPath, finalPath);
            if (Refusal(indexPath, name, finalPath, cancellationToken) is { } refusal)
            {
                _logger.LogError("Build {Version} refused before publishing: {Refusal}", name, refusal);
                return Failed(diagnostics, stopwatch, refusal);
            }

            if (previous is not null)
            {
                // What "roll back" returns to: the build this one replaced, whatever the clocks of the hosts said.
                File.WriteAllText(Path.Combine(finalPath, IndexLayout.PreviousFile), previous);
            }

            IndexLayout.PublishCurrent(indexPath, name);
            CleanUp(indexPath, keep: [name, previous]);
            progress?.Report(new(IndexBuildStage.Publishing, 1, 1));
            _logger.LogInformation(
                "Published index {Version}: {Count} procedures, {Rules} synonym rules in {Elapsed} ms",
                name, manifest.ProcedureCount, manifest.SynonymRules, stopwatch.ElapsedMilliseconds);
            return new IndexBuildResult(true, manifest, finalPath, diagnostics, stopwatch.Elapsed, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException or InvalidDataException)
        {
            TryDelete(partialPath);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            _logger.LogError(ex, "Build {Version} failed; the published index is unchanged", name);
            return Failed(diagnostics, stopwatch, $"build failed: {ex.Message}; the published index is unchanged");
        }
    }

    /// <summary>The check's refusal, if any; a refused, failed or cancelled check leaves no build folder behind.</summary>
    private string? Refusal(string indexPath, string name, string buildPath, CancellationToken cancellationToken)
    {
        if (CheckBeforePublishing is null)
        {
            return null;
        }

        string? refusal;
        try
        {
            refusal = CheckBeforePublishing(indexPath, name, cancellationToken);
        }
        catch
        {
            TryDelete(buildPath);
            throw;
        }

        if (refusal is not null)
        {
            TryDelete(buildPath);
        }

        return refusal;
    }

    private static void WriteIndex(string path, IReadOnlyList<Procedures.Procedure> procedures, SynonymSet synonyms, IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        using LuceneDirectory directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, SearchAnalyzers.Index)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 128,
        };
        using var writer = new IndexWriter(directory, config);
        var total = procedures.Count;
        var done = 0;
        // IndexWriter is thread-safe and analyses documents on the calling thread, so parallel adds use every core.
        Parallel.ForEach(procedures, new ParallelOptions { CancellationToken = cancellationToken }, procedure =>
        {
            writer.AddDocument(ProcedureDocumentFactory.Create(procedure, synonyms));
            var count = Interlocked.Increment(ref done);
            if (count % 64 == 0 || count == total)
            {
                progress?.Report(new(IndexBuildStage.Indexing, count, total));
            }
        });

        // One segment: the catalogue is small and searches touch a single leaf.
        writer.ForceMerge(1);
        writer.Commit();
    }

    private static void Verify(string path, IndexManifest manifest)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        if (reader.NumDocs != manifest.ProcedureCount)
        {
            throw new InvalidDataException($"index holds {reader.NumDocs} documents, expected {manifest.ProcedureCount}");
        }
    }

    /// <summary>Keeps the newest <see cref="KeepBuilds"/> builds, the published one and the one before it; removes the rest.</summary>
    private void CleanUp(string indexPath, IReadOnlyCollection<string?> keep)
    {
        // Build names start with their UTC stamp, so ordinal order is age order.
        var folders = System.IO.Directory.GetDirectories(IndexLayout.BuildsPath(indexPath))
            .OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        var newest = folders.Where(f => IndexLayout.IsBuildName(Path.GetFileName(f))).Take(KeepBuilds).Select(Path.GetFileName).ToHashSet();
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            if (!keep.Contains(name) && !newest.Contains(name))
            {
                if (!TryDelete(folder))
                {
                    _logger.LogWarning("Could not remove old build {Folder}; it will be retried after the next build", folder);
                }
            }
        }
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static FileStream? TryLock(string indexPath)
    {
        try
        {
            return new FileStream(Path.Combine(indexPath, IndexLayout.LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string ShortHash(string fingerprint, string synonymsHash)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{IndexManifest.CurrentFormat}|{fingerprint}|{synonymsHash}"));
        return Convert.ToHexStringLower(bytes)[..8];
    }

    private static IndexBuildResult Failed(IReadOnlyList<ContentDiagnostic> diagnostics, Stopwatch stopwatch, string error) =>
        new(false, null, null, diagnostics, stopwatch.Elapsed, error);

    /// <summary>Forwards file counts synchronously; <see cref="Progress{T}"/> would post them to the thread pool out of order.</summary>
    private sealed class LoadingProgress(IProgress<IndexBuildProgress> progress) : IProgress<int>
    {
        public void Report(int value) => progress.Report(new(IndexBuildStage.Loading, value, 0));
    }
}
