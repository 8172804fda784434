using KnowledgeBase.Procedures;

namespace KnowledgeBase.Search;

/// <summary>A citizen's query with optional filters. Any text is accepted: it is never parsed as Lucene syntax.</summary>
public sealed record SearchRequest(string Query)
{
    public int MaxResults { get; init; } = 10;

    /// <summary>Only procedures available at this level ("Cấp xã", "Cấp tỉnh", "Cấp bộ"); null for all.</summary>
    public string? Level { get; init; }

    /// <summary>Only procedures in this field (lĩnh vực); null for all.</summary>
    public string? Field { get; init; }

    /// <summary>
    /// Find each hit's best section and a highlighted snippet. Callers that only need the ranking (the bot deciding
    /// which procedure is meant) turn it off: it is a large share of a query's cost.
    /// </summary>
    public bool IncludeSnippets { get; init; } = true;
}

/// <summary>One ranked result: the procedure, its score, the section that matched best and a highlighted snippet.</summary>
public sealed record SearchHit(Procedure Procedure, float Score, SectionKind? BestSection, string Snippet);

/// <summary>What the loaded index was built from, for /healthz and editors.</summary>
public sealed record IndexInfo(string Version, string ContentFingerprint, int ProcedureCount, DateTimeOffset BuiltAt);

/// <summary>Search and lookup over the published index. Thread-safe; implementations swap to a newer index without callers noticing.</summary>
public interface IProcedureSearch
{
    bool IsLoaded { get; }

    IndexInfo? Info { get; }

    IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Exact lookup by catalogue code such as "1.014061"; null when unknown.</summary>
    Procedure? GetByCode(string code);

    /// <summary>
    /// The phrases the index's synonyms add to this text, folded, for matches of at least
    /// <paramref name="minSyllables"/> syllables of the text ("mua bảo hiểm y tế" → "người chỉ tham gia bảo hiểm y
    /// tế"), so callers can read a question the way the search reads it. Empty without synonyms.
    /// </summary>
    IReadOnlyList<string> SynonymsOf(string text, int minSyllables) => [];

    /// <summary>How many records' names and aliases hold this folded pair of syllables ("ho chieu"); 0 without an index.</summary>
    int NamePairCount(string foldedPair) => 0;
}

/// <summary>Switches a running searcher to the most recently published index build.</summary>
public interface IIndexReloader
{
    /// <summary>True when a newer build is now in use; false when nothing changed or the new build was rejected (the old one keeps serving).</summary>
    bool TryReload();
}
