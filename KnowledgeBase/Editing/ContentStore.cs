using System.Text;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Editing;

/// <summary>
/// The one way editors' changes reach the content folder: a file is read with its ETag, and a save is validated,
/// checked against the ETag the editor read, written atomically and logged to the <see cref="AuditLog"/>. Several
/// hosts share the folder, so the check-and-write runs under a lock file every host honours.
/// </summary>
public sealed class ContentStore : IDisposable
{
    /// <summary>Lock file in the content folder (a dot name: no content reader picks it up).</summary>
    public const string LockFile = ".edit.lock";

    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ContentStore(IOptions<KnowledgeBaseOptions> options, AuditLog audit, TimeProvider time, ILogger<ContentStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ContentRoot = Path.GetFullPath(options.Value.ContentPath);
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    public string ContentRoot { get; }

    public AuditLog Audit => _audit;

    /// <summary>The file's current text and ETag; a missing file reads as empty with <see cref="ContentFile.MissingETag"/>.</summary>
    /// <exception cref="ContentPathException">The path is not an editable content file.</exception>
    public ContentFile Read(string relativePath)
    {
        var (_, full) = ContentPaths.Resolve(ContentRoot, relativePath);
        return ReadFile(relativePath, full);
    }

    /// <summary>
    /// Replaces the file's text when it still is what the editor opened (<paramref name="expectedETag"/>) and the new
    /// text has no errors; otherwise nothing is written and the result says why, with the file's current text.
    /// </summary>
    public Task<SaveResult> SaveAsync(string relativePath, string text, string expectedETag, string editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(expectedETag);
        // Browsers send CRLF from a textarea; the files are LF, and the ETag is of the bytes on disk.
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return ChangeAsync(relativePath, expectedETag, AuditEntry.Save, editor, null, _ => normalized, cancellationToken);
    }

    internal async Task<SaveResult> ChangeAsync(
        string relativePath,
        string? expectedETag,
        string action,
        string editor,
        string? detail,
        Func<ContentFile, string> change,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editor);
        var (_, full) = ContentPaths.Resolve(ContentRoot, relativePath);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var hostLock = await SharedFile.OpenAsync(
                Path.Combine(ContentRoot, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, cancellationToken);
            var current = ReadFile(relativePath, full);
            if (expectedETag is not null && !string.Equals(expectedETag, current.ETag, StringComparison.Ordinal))
            {
                _logger.LogInformation("Save of {File} by {Editor} refused: the file changed since it was opened", relativePath, editor);
                return new SaveResult(SaveOutcome.Conflict, current, []);
            }

            var text = change(current);
            var diagnostics = ContentValidator.Validate(ContentRoot, relativePath, text);
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return new SaveResult(SaveOutcome.Invalid, current, diagnostics);
            }

            if (current.Exists && string.Equals(text, current.Text, StringComparison.Ordinal))
            {
                return new SaveResult(SaveOutcome.Saved, current, diagnostics);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.WriteAllText(full, text);
            await _audit.AppendAsync(
                new AuditEntry(_time.GetUtcNow(), editor, action, relativePath, current.Exists ? current.Text : null, text, detail),
                cancellationToken);
            _logger.LogInformation("{Editor} changed {File} ({Action})", editor, relativePath, action);
            return new SaveResult(SaveOutcome.Saved, ReadFile(relativePath, full), diagnostics);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static ContentFile ReadFile(string relativePath, string full)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new ContentFile(relativePath, "", ContentFile.MissingETag, Exists: false);
        }

        return new ContentFile(relativePath, new UTF8Encoding(false).GetString(bytes), ContentFile.ETagOf(bytes), Exists: true);
    }

    public void Dispose() => _gate.Dispose();
}
