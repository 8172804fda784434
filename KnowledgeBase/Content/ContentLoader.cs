using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Content;

/// <summary>Everything read from a content folder: valid procedures, all diagnostics, and a fingerprint of the files.</summary>
public sealed record ContentSnapshot(
    IReadOnlyList<Procedure> Procedures,
    IReadOnlyList<ContentDiagnostic> Diagnostics,
    string Fingerprint,
    int FileCount)
{
    /// <summary>SHA-256 (hex) of each procedure file by its path relative to the content folder ("procedures/1.014064.md"):
    /// what the index build records, so editors see which files changed since the last publish.</summary>
    public IReadOnlyDictionary<string, string> FileHashes { get; init; } = new Dictionary<string, string>();

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>Reads every <c>procedures/*.md</c> file under a content folder and checks the catalogue as a whole.</summary>
public static class ContentLoader
{
    public const string ProceduresFolder = "procedures";

    public static ContentSnapshot Load(string contentPath, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(contentPath, ProceduresFolder);
        if (!Directory.Exists(folder))
        {
            return new([], [new ContentDiagnostic(folder, 0, DiagnosticSeverity.Error, ContentMessages.ContentFolderNotFound)], "", 0);
        }

        var files = ProcedureFiles(folder);
        var results = new ProcedureReadResult[files.Length];
        var hashes = new byte[files.Length][];
        var done = 0;
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var bytes = File.ReadAllBytes(files[i]);
            hashes[i] = SHA256.HashData(bytes);
            results[i] = ProcedureMarkdownReader.Read(Encoding.UTF8.GetString(bytes), DisplayName(contentPath, Relative(contentPath, files[i])));
            progress?.Report(Interlocked.Increment(ref done));
        });

        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        var procedures = new List<Procedure>(files.Length);
        var seen = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        foreach (var procedure in results.Select(r => r.Procedure).OfType<Procedure>())
        {
            if (seen.TryGetValue(procedure.Code, out var first))
            {
                diagnostics.Add(DuplicateCode(procedure, first.SourceFile));
                continue;
            }

            seen.Add(procedure.Code, procedure);
            procedures.Add(procedure);
            if (FileNameMismatch(procedure) is { } mismatch)
            {
                diagnostics.Add(mismatch);
            }
        }

        var fileHashes = new Dictionary<string, string>(files.Length, StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            fileHashes[Relative(contentPath, files[i])] = Convert.ToHexStringLower(hashes[i]);
        }

        return new(procedures, diagnostics, Fingerprint(files, contentPath, hashes), files.Length) { FileHashes = fileHashes };
    }

    /// <summary>
    /// The SHA-256 of each procedure file, keyed as <see cref="ContentSnapshot.FileHashes"/>, without reading the
    /// procedures: what the editors' publish page compares with the published build.
    /// </summary>
    public static IReadOnlyDictionary<string, string> HashFiles(string contentPath, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(contentPath, ProceduresFolder);
        var files = Directory.Exists(folder) ? ProcedureFiles(folder) : [];
        var hashes = new string[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            hashes[i] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(files[i]))));
        return files.Select((f, i) => (Key: Relative(contentPath, f), Hash: hashes[i])).ToDictionary(p => p.Key, p => p.Hash, StringComparer.Ordinal);
    }

    private static string[] ProcedureFiles(string folder)
    {
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>How diagnostics name a content file: the content folder's own name and the relative path ("content/procedures/1.014064.md").</summary>
    public static string DisplayName(string contentPath, string relativePath) =>
        Path.Combine(Path.GetFileName(contentPath.TrimEnd('/', '\\')), relativePath).Replace('\\', '/');

    /// <summary>The error for a second file that uses a code already taken by <paramref name="firstFile"/>.</summary>
    public static ContentDiagnostic DuplicateCode(Procedure procedure, string? firstFile) =>
        new(procedure.SourceFile ?? "", 1, DiagnosticSeverity.Error, ContentMessages.DuplicateCode(procedure.Code, firstFile));

    /// <summary>
    /// The warning when a file is not named after its code: editors and the importer find a procedure by its file
    /// name, so a mismatch means a copy was not renamed.
    /// </summary>
    public static ContentDiagnostic? FileNameMismatch(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var fileName = Path.GetFileNameWithoutExtension(procedure.SourceFile ?? "");
        return string.Equals(fileName, procedure.Code, StringComparison.Ordinal)
            ? null
            : new(procedure.SourceFile ?? "", 1, DiagnosticSeverity.Warning,
                ContentMessages.FileNameMismatch(fileName, procedure.Code));
    }

    private static string Relative(string contentPath, string file) => Path.GetRelativePath(contentPath, file).Replace('\\', '/');

    private static string Fingerprint(string[] files, string root, byte[][] hashes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < files.Length; i++)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Relative(root, files[i])));
            sha.AppendData(hashes[i]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
