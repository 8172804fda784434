using KnowledgeBase.Content;
using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Indexer.Commands;

/// <summary>
/// The production search over a throw-away index built from the given content, for <c>eval</c>: the measured
/// search is exactly what <c>build</c> would publish, and the published index is untouched. Disposing deletes it.
/// </summary>
internal sealed class ScratchIndexSearch : IProcedureSearch, IDisposable
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

    public static IProcedureSearch Create(IndexerContext context, ContentSnapshot content, CancellationToken cancellationToken)
    {
        var folder = BuildFolder(context, content, cancellationToken);
        return new ScratchIndexSearch(folder, new LuceneProcedureSearch(folder, context.Options.Search));
    }

    /// <summary>Builds a throw-away index of <paramref name="content"/> in a new temp folder; the caller deletes the folder.</summary>
    public static string BuildFolder(IndexerContext context, ContentSnapshot content, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "assistant-eval-" + Guid.NewGuid().ToString("N"));
        // Content with errors is still measured: the procedures that could be read are what the eval reports on.
        var readable = content with { Diagnostics = content.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Error).ToArray() };
        var result = new IndexBuilder().Build(readable, context.ContentPath, folder, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException($"could not build the evaluation index: {result.Error}");
        }

        return folder;
    }

    public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) =>
        _search.Search(request, cancellationToken);

    public Procedure? GetByCode(string code) => _search.GetByCode(code);

    public void Dispose()
    {
        _search.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
