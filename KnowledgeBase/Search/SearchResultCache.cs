using KnowledgeBase.Caching;

namespace KnowledgeBase.Search;

/// <summary>
/// Results of recent searches on one index build: a search costs about a millisecond of CPU, a lookup well under a
/// microsecond. The cache lives with its build, so a published rebuild starts empty and can never serve results
/// from older content.
/// </summary>
internal sealed class SearchResultCache(int capacity)
{
    private readonly RecentCache<Key, SearchHit[]> _results = new(capacity);

    public bool TryGet(Key key, out SearchHit[] hits) => _results.TryGet(key, out hits);

    public void Add(Key key, SearchHit[] hits) => _results.Add(key, hits);

    /// <summary>Synonym phrases per text (see <see cref="IProcedureSearch.SynonymsOf"/>), kept with the same build.</summary>
    public RecentCache<(string Text, int MinSyllables), string[]> Synonyms { get; } = new(capacity);

    /// <summary>Everything that changes a search's result; the text is the citizen's text as sent.</summary>
    public readonly record struct Key(string Text, int MaxResults, bool IncludeSnippets, string? Level, string? Field)
    {
        public static Key Of(SearchRequest request, int maxResults) =>
            new(request.Query ?? "", maxResults, request.IncludeSnippets, request.Level, request.Field);
    }
}
