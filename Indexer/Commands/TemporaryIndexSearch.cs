using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using Microsoft.Extensions.Logging;

namespace Indexer.Commands;

/// <summary>
/// The production search over an index built for one run in a temporary folder, from the same content the
/// baseline reads, so the published index is never touched and both searches see identical procedures.
/// Disposing closes the searcher and deletes the folder.
/// </summary>
internal sealed class TemporaryIndexSearch : IProcedureSearch, IDisposable
{
    private readonly string _folder;
    private readonly LuceneProcedureSearch _search;

    private TemporaryIndexSearch(string folder, LuceneProcedureSearch search)
    {
        _folder = folder;
        _search = search;
    }

    public bool IsLoaded => _search.IsLoaded;

    public IndexInfo? Info => _search.Info;

    /// <summary>The <see cref="MainSearchFactory"/> of <c>Indexer eval</c>: an index of the run's content folder.</summary>
    public static IProcedureSearch ForContent(IndexerContext context, ContentSnapshot content, CancellationToken cancellationToken) =>
        Build(context.ContentPath, context.Options.Search, context.LoggerFactory, cancellationToken);

    /// <exception cref="InvalidOperationException">The content could not be indexed (the build's own error is in the message).</exception>
    public static TemporaryIndexSearch Build(string contentPath, SearchOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("assistant-eval-").FullName;
        try
        {
            var result = new IndexBuilder(loggerFactory.CreateLogger<IndexBuilder>()).Build(contentPath, folder, cancellationToken: cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"could not index {contentPath}: {result.Error}");
            }

            return new TemporaryIndexSearch(folder, new LuceneProcedureSearch(folder, options, loggerFactory.CreateLogger<LuceneProcedureSearch>()));
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) =>
        _search.Search(request, cancellationToken);

    public KnowledgeBase.Procedures.Procedure? GetByCode(string code) => _search.GetByCode(code);

    public void Dispose()
    {
        _search.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the figures are already printed.
        }
    }
}
