using KnowledgeBase.Content;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Tests.Bot.Hosting;

/// <summary>
/// Lookup by code over procedures read with the real content reader from <c>Fixtures/</c>; the pages only need
/// <see cref="GetByCode"/>. Ranked search belongs to the real index and is not imitated here.
/// </summary>
public sealed class FixtureProcedureLookup : IProcedureSearch
{
    private readonly Dictionary<string, Procedure> _byCode;

    public FixtureProcedureLookup(params string[] contentFolders)
    {
        _byCode = contentFolders
            .Select(folder => ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder)))
            .SelectMany(snapshot => snapshot.HasErrors
                ? throw new InvalidOperationException(string.Join("\n", snapshot.Diagnostics))
                : snapshot.Procedures)
            .ToDictionary(p => p.Code, StringComparer.Ordinal);
    }

    public bool IsLoaded => true;

    public IndexInfo? Info => null;

    public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Ranked search needs the real index.");

    public Procedure? GetByCode(string code) => _byCode.GetValueOrDefault(code);
}
