using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Workspace.Editing;

/// <summary>
/// Finds procedures in the published index by their code or by words of their name, for an editor to pick from:
/// the procedure search page and the inbox row's search, where the editor chooses rather than trusts the assistant's guess.
/// </summary>
public sealed class ProcedureLookup(IProcedureSearch search)
{
    /// <summary>The procedure with that code first, if the query is one, then the best matches; at most <paramref name="max"/>.</summary>
    public IReadOnlyList<Procedure> Find(string? query, int max, CancellationToken cancellationToken)
    {
        var trimmed = query?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return [];
        }

        var byCode = search.GetByCode(trimmed);
        var hits = search.Search(new SearchRequest(trimmed) { MaxResults = max }, cancellationToken).Select(h => h.Procedure);
        return (byCode is null ? hits : hits.Prepend(byCode)).DistinctBy(p => p.Code).Take(max).ToList();
    }
}
