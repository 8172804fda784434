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
            return new([], [new ContentDiagnostic(folder, 0, DiagnosticSeverity.Error, "content folder not found")], "", 0);
        }

        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var results = new ProcedureReadResult[files.Length];
        var hashes = new byte[files.Length][];
        var done = 0;
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var bytes = File.ReadAllBytes(files[i]);
            hashes[i] = SHA256.HashData(bytes);
            var relative = Path.GetRelativePath(contentPath, files[i]).Replace('\\', '/');
            results[i] = ProcedureMarkdownReader.Read(Encoding.UTF8.GetString(bytes), Path.Combine(Path.GetFileName(contentPath.TrimEnd('/', '\\')), relative).Replace('\\', '/'));
            progress?.Report(Interlocked.Increment(ref done));
        });

        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        var procedures = new List<Procedure>(files.Length);
        var seen = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        foreach (var procedure in results.Select(r => r.Procedure).OfType<Procedure>())
        {
            if (seen.TryGetValue(procedure.Code, out var first))
            {
                diagnostics.Add(new(procedure.SourceFile ?? "", 1, DiagnosticSeverity.Error,
                    $"duplicate code {procedure.Code}: also used by {first.SourceFile}"));
                continue;
            }

            seen.Add(procedure.Code, procedure);
            procedures.Add(procedure);
            // Editors and the importer find a procedure by its file name; a mismatch means a copy was not renamed.
            var fileName = Path.GetFileNameWithoutExtension(procedure.SourceFile ?? "");
            if (!string.Equals(fileName, procedure.Code, StringComparison.Ordinal))
            {
                diagnostics.Add(new(procedure.SourceFile ?? "", 1, DiagnosticSeverity.Warning,
                    $"file name '{fileName}.md' does not match code {procedure.Code}; name it {procedure.Code}.md"));
            }
        }

        return new(procedures, diagnostics, Fingerprint(files, contentPath, hashes), files.Length);
    }

    private static string Fingerprint(string[] files, string root, byte[][] hashes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < files.Length; i++)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, files[i]).Replace('\\', '/')));
            sha.AppendData(hashes[i]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
