using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;
using KnowledgeBase.Matching;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Synonyms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Editing;

/// <summary>
/// Publishes the content as <c>Indexer build</c> does (validate, build, run the regression cases, switch the
/// <c>current</c> pointer atomically), reloads this host at once, and rolls back to an earlier kept build. One publish
/// at a time: a second one here is told so at once, and the build lock refuses one started by another host.
/// </summary>
public sealed class ContentPublisher : IDisposable
{
    private readonly KnowledgeBaseOptions _options;
    private readonly EditingOptions _editing;
    private readonly MatchingOptions _matching;
    private readonly IIndexReloader _reloader;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _publishing = new(1, 1);

    public ContentPublisher(
        IOptions<KnowledgeBaseOptions> options,
        IOptions<EditingOptions> editing,
        IOptions<MatchingOptions> matching,
        IIndexReloader reloader,
        AuditLog audit,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _options = options.Value;
        _editing = editing.Value;
        _matching = matching.Value;
        _reloader = reloader;
        _audit = audit;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<ContentPublisher>();
    }

    /// <summary>True while this host runs a publish or a rollback.</summary>
    public bool IsBusy => _publishing.CurrentCount == 0;

    public async Task<PublishResult> PublishAsync(string editor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editor);
        if (!await _publishing.WaitAsync(0, cancellationToken))
        {
            return new PublishResult(PublishOutcome.Busy, null, ContentChanges.None, [], [], 0, "a publish is already running", TimeSpan.Zero);
        }

        try
        {
            // The build is CPU work for seconds: off the request thread, which the chat keeps using meanwhile.
            var result = await Task.Run(() => Publish(cancellationToken), cancellationToken);
            if (result.Outcome == PublishOutcome.Published)
            {
                _reloader.TryReload();
                await _audit.AppendAsync(
                    new AuditEntry(_time.GetUtcNow(), editor, AuditEntry.Publish, null, null, null,
                        $"Xuất bản {result.Manifest!.Version}: {result.Changes.Count} tệp thay đổi", result.Manifest.Version),
                    cancellationToken);
            }

            _logger.LogInformation("Publish by {Editor}: {Outcome} in {Elapsed} ms", editor, result.Outcome, (long)result.Elapsed.TotalMilliseconds);
            return result;
        }
        finally
        {
            _publishing.Release();
        }
    }

    private PublishResult Publish(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        IReadOnlyList<RegressionCase> cases;
        try
        {
            cases = RegressionReader.ReadContentFolder(_options.ContentPath);
        }
        catch (RegressionFormatException e)
        {
            return new PublishResult(PublishOutcome.Refused, null, ContentChanges.None, [ContentValidator.ToDiagnostic(e)], [], 0, e.Message, _time.GetElapsedTime(started));
        }

        var previous = CurrentFiles();
        var gate = new RegressionGate(cases, _matching.MinimumScore, _options.Search);
        var builder = new IndexBuilder(_loggers.CreateLogger<IndexBuilder>(), _time)
        {
            CheckBeforePublishing = cases.Count > 0 ? gate.Check : null,
            KeepBuilds = _editing.KeepBuilds,
        };
        var built = builder.Build(_options.ContentPath, _options.IndexPath, cancellationToken: cancellationToken);
        var elapsed = _time.GetElapsedTime(started);
        var failures = gate.Report?.Failures ?? [];
        if (!built.Succeeded)
        {
            var outcome = built.Busy ? PublishOutcome.Busy
                : built.ErrorCount > 0 || failures.Count > 0 ? PublishOutcome.Refused
                : PublishOutcome.Failed;
            return new PublishResult(outcome, null, ContentChanges.None, built.Diagnostics, failures, cases.Count, built.Error, elapsed);
        }

        var now = BuildContentFiles.Read(built.BuildPath!)?.Files ?? new Dictionary<string, string>();
        var changes = ContentChanges.Between(previous ?? new Dictionary<string, string>(), now);
        return new PublishResult(PublishOutcome.Published, built.Manifest, changes, built.Diagnostics, [], cases.Count, null, elapsed);
    }

    /// <summary>
    /// The content files that differ from the published build: what a publish would put live. Null when the published
    /// build does not record its files (built before builds kept one, or nothing is published).
    /// </summary>
    public ContentChanges? PendingChanges(CancellationToken cancellationToken = default)
    {
        if (CurrentFiles() is not { } published)
        {
            return null;
        }

        var files = ContentLoader.HashFiles(_options.ContentPath, cancellationToken).ToDictionary(StringComparer.Ordinal);
        var synonyms = SynonymSet.Load(Path.Combine(_options.ContentPath, IndexBuilder.SynonymsFile), out _);
        if (synonyms.Hash.Length > 0)
        {
            files[IndexBuilder.SynonymsFile] = synonyms.Hash;
        }

        return ContentChanges.Between(published, files);
    }

    /// <summary>The builds kept on disk, newest first.</summary>
    public IReadOnlyList<PublishedBuild> History()
    {
        var buildsPath = IndexLayout.BuildsPath(_options.IndexPath);
        if (!Directory.Exists(buildsPath))
        {
            return [];
        }

        var current = IndexLayout.ReadCurrent(_options.IndexPath);
        var builds = new List<PublishedBuild>();
        foreach (var folder in Directory.GetDirectories(buildsPath))
        {
            var name = Path.GetFileName(folder);
            if (IndexLayout.IsBuildName(name) && ReadManifest(folder) is { } manifest)
            {
                builds.Add(new PublishedBuild(name, manifest.BuiltAt, manifest.ProcedureCount, manifest.SynonymRules, name == current));
            }
        }

        return [.. builds.OrderByDescending(b => b.BuiltAt).ThenByDescending(b => Directory.GetLastWriteTimeUtc(IndexLayout.BuildPath(_options.IndexPath, b.Name)))];
    }

    /// <summary>
    /// Points <c>current</c> at <paramref name="buildName"/>, or when it is null at the build the current one replaced
    /// (else the next older kept one), and reloads this host; the content folder is not touched.
    /// </summary>
    public async Task<RollbackResult> RollbackAsync(string editor, string? buildName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editor);
        if (!await _publishing.WaitAsync(0, cancellationToken))
        {
            return new RollbackResult(false, null, null, "a publish is already running") { Busy = true };
        }

        try
        {
            var history = History();
            var current = history.FirstOrDefault(b => b.IsCurrent);
            var target = buildName is not null ? history.FirstOrDefault(b => b.Name == buildName)
                : current is null ? null
                : IndexLayout.ReadPrevious(_options.IndexPath, current.Name) is { } previous && history.FirstOrDefault(b => b.Name == previous) is { } replaced ? replaced
                : history.SkipWhile(b => !b.IsCurrent).Skip(1).FirstOrDefault();
            if (target is null || target.IsCurrent)
            {
                return new RollbackResult(false, current?.Name, null, buildName is null ? "no earlier build is kept" : $"build '{buildName}' is not kept or already current");
            }

            if (ReadManifest(IndexLayout.BuildPath(_options.IndexPath, target.Name)) is not { Format: IndexManifest.CurrentFormat })
            {
                return new RollbackResult(false, current?.Name, null, $"build '{target.Name}' was made by another version of the assistant");
            }

            IndexLayout.PublishCurrent(_options.IndexPath, target.Name);
            _reloader.TryReload();
            await _audit.AppendAsync(
                new AuditEntry(_time.GetUtcNow(), editor, AuditEntry.Rollback, null, null, null, $"{current?.Name} → {target.Name}"),
                cancellationToken);
            _logger.LogInformation("Rollback by {Editor}: {From} to {To}", editor, current?.Name, target.Name);
            return new RollbackResult(true, current?.Name, target.Name, null);
        }
        finally
        {
            _publishing.Release();
        }
    }

    private Dictionary<string, string>? CurrentFiles() =>
        IndexLayout.ReadCurrent(_options.IndexPath) is { } current
        && BuildContentFiles.Read(IndexLayout.BuildPath(_options.IndexPath, current)) is { } files
            ? files.Files.ToDictionary(StringComparer.Ordinal)
            : null;

    private static IndexManifest? ReadManifest(string buildPath)
    {
        try
        {
            return IndexManifest.Read(Path.Combine(buildPath, IndexLayout.ManifestFile));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => _publishing.Dispose();
}
