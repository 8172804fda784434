using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace KnowledgeBase.Indexing;

/// <summary>
/// The production search over a throw-away index built from the given content, for <c>Indexer eval</c> and the
/// editors' previews: the measured search is exactly what a build would publish, and the published index is
/// untouched. Disposing deletes it.
/// </summary>
public sealed class ScratchIndexSearch : IProcedureSearch, IDisposable
{
    private readonly string _folder;
    private readonly LuceneProcedureSearch _search;

    private ScratchIndexSearch(string folder, LuceneProcedureSearch search)
    {
        _folder = folder;
        _search = search;
    }

    public bool IsLoaded => _search.IsLoaded;

    public IndexInfo? Info => _search.Info;

    /// <summary>The scratch index's folder, for a tool that opens the same build again with other ranking weights (<c>Indexer tune</c>).</summary>
    public string IndexPath => Path.Combine(_folder, "index");

    /// <summary>
    /// Builds <paramref name="content"/> (read from <paramref name="contentPath"/>) into a temp folder, with the content
    /// folder's synonyms or, when <paramref name="synonymsText"/> is given, with that text instead (a proposed rule).
    /// </summary>
    /// <exception cref="InvalidOperationException">The build failed.</exception>
    public static ScratchIndexSearch Create(
        ContentSnapshot content,
        string contentPath,
        SearchOptions options,
        string? synonymsText = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var folder = Path.Combine(Path.GetTempPath(), "assistant-scratch-" + Guid.NewGuid().ToString("N"));
        var indexPath = Path.Combine(folder, "index");
        var synonymsFrom = contentPath;
        if (synonymsText is not null)
        {
            // The builder reads synonyms.txt from the content folder it is given: a folder holding only the proposed file.
            synonymsFrom = Path.Combine(folder, "synonyms");
            Directory.CreateDirectory(synonymsFrom);
            File.WriteAllText(Path.Combine(synonymsFrom, IndexBuilder.SynonymsFile), synonymsText);
        }

        // Content with errors is still measured: the procedures that could be read are what the eval reports on.
        var readable = content with { Diagnostics = content.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Error).ToArray() };
        var result = new IndexBuilder().Build(readable, synonymsFrom, indexPath, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException($"could not build the scratch index: {result.Error}");
        }

        return new ScratchIndexSearch(folder, new LuceneProcedureSearch(indexPath, options));
    }

    public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) =>
        _search.Search(request, cancellationToken);

    public Procedure? GetByCode(string code) => _search.GetByCode(code);

    // Forwarded so a trial question is read exactly as the published assistant reads it.
    public IReadOnlyList<string> SynonymsOf(string text, int minSyllables) => _search.SynonymsOf(text, minSyllables);

    public int NamePairCount(string foldedPair) => _search.NamePairCount(foldedPair);

    public void Dispose()
    {
        _search.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
