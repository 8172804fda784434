using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;

namespace KnowledgeBase.Editing;

/// <summary>The kinds of file an editor may change.</summary>
public enum ContentFileKind
{
    Procedure,
    Synonyms,
    Regressions,
}

/// <summary>
/// Turns a relative path that came from a browser into a file under the content folder, or refuses it. Only
/// <c>procedures/&lt;name&gt;.md</c>, <c>synonyms.txt</c> and <c>regressions.jsonl</c> are accepted, written with forward
/// slashes, without <c>..</c>, and not through a symbolic link: nothing an editor sends can reach another file.
/// </summary>
public static partial class ContentPaths
{
    public static string ProcedureFile(string code) => $"{ContentLoader.ProceduresFolder}/{code}.md";

    /// <summary>The file's kind and full path; throws <see cref="ContentPathException"/> for anything else.</summary>
    public static (ContentFileKind Kind, string FullPath) Resolve(string contentRoot, string? relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentRoot);
        var relative = relativePath ?? "";
        var kind = relative switch
        {
            IndexBuilder.SynonymsFile => ContentFileKind.Synonyms,
            RegressionCase.FileName => ContentFileKind.Regressions,
            _ when ProcedurePath().IsMatch(relative) && !relative.Contains("..", StringComparison.Ordinal) => ContentFileKind.Procedure,
            _ => throw new ContentPathException($"'{relative}' is not an editable content file (procedures/<code>.md, {IndexBuilder.SynonymsFile} or {RegressionCase.FileName})"),
        };

        var root = Path.GetFullPath(contentRoot);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ContentPathException($"'{relative}' leads outside the content folder");
        }

        // A link could point anywhere on the server; content files are plain files in plain folders.
        for (var path = full; path.Length > root.Length; path = Path.GetDirectoryName(path)!)
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.Exists && info.LinkTarget is not null)
            {
                throw new ContentPathException($"'{relative}' is a link; only plain files in the content folder can be edited");
            }
        }

        return (kind, full);
    }

    [GeneratedRegex(@"^procedures/[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex ProcedurePath();
}
