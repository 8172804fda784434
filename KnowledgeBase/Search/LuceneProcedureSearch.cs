using KnowledgeBase.Configuration;
using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Search;

/// <summary>
/// <see cref="IProcedureSearch"/> over the published Lucene index. Opens the build the <c>current</c> pointer
/// names; <see cref="TryReload"/> switches to a newer build, and a broken build is rejected while the old one keeps
/// serving. Thread-safe: searches in flight finish on the build they started with.
/// </summary>
public sealed class LuceneProcedureSearch : IProcedureSearch, IIndexReloader, IDisposable
{
    private readonly string _indexPath;
    private readonly string? _pinnedBuild;
    private readonly SearchOptions _options;
    private readonly SearchTuning _tuning;
    private readonly ILogger _logger;
    private readonly Lock _reloadLock = new();
    private OpenIndex? _current;
    private bool _disposed;

    public LuceneProcedureSearch(string indexPath, SearchOptions options, ILogger<LuceneProcedureSearch>? logger = null, SearchTuning? tuning = null)
        : this(indexPath, null, options, logger, tuning)
    {
    }

    private LuceneProcedureSearch(string indexPath, string? pinnedBuild, SearchOptions options, ILogger<LuceneProcedureSearch>? logger, SearchTuning? tuning)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        ArgumentNullException.ThrowIfNull(options);
        _indexPath = indexPath;
        _pinnedBuild = pinnedBuild;
        _options = options;
        _tuning = tuning ?? SearchTuning.Default;
        _logger = logger ?? NullLogger<LuceneProcedureSearch>.Instance;
        TryReload();
    }

    /// <summary>
    /// A search over one build of <paramref name="indexPath"/>, published or not, whatever the pointer names: used to
    /// check a new build before it is published (see <see cref="Indexing.IndexBuilder.CheckBeforePublishing"/>).
    /// </summary>
    public static LuceneProcedureSearch OpenBuild(string indexPath, string buildName, SearchOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(buildName);
        return new LuceneProcedureSearch(indexPath, buildName, options, null, null);
    }

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public IndexInfo? Info => Volatile.Read(ref _current)?.Manifest is { } m
        ? new IndexInfo(m.Version, m.ContentFingerprint, m.ProcedureCount, m.BuiltAt)
        : null;

    /// <summary>The manifest of the build in use, with what <see cref="Info"/> leaves out (synonyms).</summary>
    public IndexManifest? Manifest => Volatile.Read(ref _current)?.Manifest;

    public bool TryReload() => TryReload(out _);

    /// <summary>Switches to the build the pointer names when it differs from the one in use.</summary>
    /// <returns>True when a different build is now in use; false when unchanged or the new build was rejected (see <paramref name="error"/>).</returns>
    public bool TryReload(out string? error)
    {
        error = null;
        lock (_reloadLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var name = _pinnedBuild ?? IndexLayout.ReadCurrent(_indexPath);
            if (name is null)
            {
                error = $"no published index in {_indexPath}";
                return false;
            }

            var path = IndexLayout.BuildPath(_indexPath, name);
            if (_current is not null && _current.Path == path)
            {
                return false;
            }

            OpenIndex opened;
            try
            {
                opened = OpenIndex.Open(path, _tuning, _options);
            }
            catch (InvalidDataException ex)
            {
                error = ex.Message;
                _logger.LogError("Rejected index build {Build}: {Reason}; still serving {Current}", name, ex.Message, _current?.Manifest.Version ?? "nothing");
                return false;
            }

            var previous = Interlocked.Exchange(ref _current, opened);
            previous?.Release();
            _logger.LogInformation(
                "Serving index {Version}: {Count} procedures, {Rules} synonym rules",
                opened.Manifest.Version, opened.Manifest.ProcedureCount, opened.Synonyms.RuleCount);
            return true;
        }
    }

    public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return WithIndex<(LuceneProcedureSearch Self, SearchRequest Request, CancellationToken Token), IReadOnlyList<SearchHit>>(
            (this, request, cancellationToken),
            [],
            static (index, state) => WithSearcher(index, state, static (index, searcher, state) => state.Self.Search(index, searcher, state.Request, state.Token)));
    }

    public int NamePairCount(string foldedPair) =>
        WithIndex(foldedPair, 0, static (index, pair) => index.Queries.Vocabulary.NamePairs.Count(pair));

    public IReadOnlyList<string> SynonymsOf(string text, int minSyllables)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var truncated = Classifiers.Without(ProcedureQueryBuilder.Truncate(text, _options.MaxQueryLength));
        return WithIndex<(string Text, int MinSyllables), IReadOnlyList<string>>((truncated, minSyllables), [], static (index, key) =>
            index.Results.Synonyms.GetOrAdd(key, (index.Synonyms, index.Queries), static (key, state) =>
            {
                var (synonyms, queries) = state;
                var syllables = SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, key.Text).Select(t => t.Text).ToList();
                // Phrases asking for a section ("cần gì" → "thành phần hồ sơ") say which part is wanted, not what the
                // procedure is: their words ("phần") would complete names ("… công ty cổ phần").
                return synonyms.Match(syllables, () => ProcedureQueryBuilder.TypedSyllables(key.Text))
                    .Where(m => m.Length >= key.MinSyllables && SectionIntents.OfKeys(m.Alternatives.Select(queries.KeyOf)) is null)
                    .SelectMany(m => m.Alternatives)
                    .Select(queries.KeyOf)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
            }));
    }

    public Procedure? GetByCode(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        return WithIndex(code.Trim(), null, static (index, trimmed) =>
        {
            // Follow-ups and family members look the same few codes up on every turn: each is found once per build.
            if (index.ByCode.TryGetValue(trimmed, out var known))
            {
                return known;
            }

            return WithSearcher(index, trimmed, static (index, searcher, trimmed) =>
            {
                var doc = FindCode(searcher, trimmed, filter: null);
                var procedure = doc is null ? null : index.GetProcedure(searcher, doc.Value);
                if (procedure is not null)
                {
                    index.ByCode.TryAdd(trimmed, procedure);
                }

                return procedure;
            });
        });
    }

    /// <summary>Every procedure in the index in use, for statistics and evaluation tools.</summary>
    public IReadOnlyList<Procedure> GetAll() =>
        WithIndex<object?, IReadOnlyList<Procedure>>(null, [], static (index, _) => WithSearcher(index, (object?)null, static (index, searcher, _) =>
        {
            var all = new List<Procedure>(searcher.IndexReader.NumDocs);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var live = leaf.AtomicReader.LiveDocs;
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        all.Add(index.GetProcedure(searcher, leaf.DocBase + doc));
                    }
                }
            }

            return all;
        }));

    public void Dispose()
    {
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Interlocked.Exchange(ref _current, null)?.Release();
        }
    }

    private SearchHit[] Search(OpenIndex index, IndexSearcher searcher, SearchRequest request, CancellationToken cancellationToken)
    {
        var maxResults = Math.Clamp(request.MaxResults, 1, 100);
        var text = ProcedureQueryBuilder.Truncate(request.Query ?? "", _options.MaxQueryLength);
        var key = SearchResultCache.Key.Of(request with { Query = text }, maxResults);
        if (index.Results.TryGet(key, out var cached))
        {
            // A copy: callers get an array they may sort or change without touching the cache.
            return (SearchHit[])cached.Clone();
        }

        var hits = Rank(index, searcher, request, text, maxResults, cancellationToken);
        index.Results.Add(key, hits);
        return (SearchHit[])hits.Clone();
    }

    private SearchHit[] Rank(OpenIndex index, IndexSearcher searcher, SearchRequest request, string text, int maxResults, CancellationToken cancellationToken)
    {
        var query = index.Queries.Build(text);
        var filter = FilterQuery(request);

        // A code in the text names a procedure outright: it comes first, ahead of anything the words match.
        var docs = new List<(int Doc, float Score)>();
        foreach (var code in query.Codes)
        {
            if (FindCode(searcher, code, filter) is { } doc && docs.All(d => d.Doc != doc))
            {
                docs.Add((doc, float.MaxValue));
            }
        }

        if (query.Ranking is not null && docs.Count < maxResults)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var top = HandRanked(index, searcher, query, filter, maxResults, docs.Count);
            if (_tuning.LearnedRanking is { } learned && top.Length > 1)
            {
                var rows = RankingFeatures.Of(index.Clauses, searcher, query, top.AsSpan(0, Math.Min(learned.Depth, top.Length)), doc => index.GetNames(searcher, doc));
                top = LearnedRanking.Apply(top, learned.Order(rows));
            }

            foreach (var (doc, score) in top)
            {
                if (docs.Count < maxResults && docs.All(d => d.Doc != doc))
                {
                    docs.Add((doc, score));
                }
            }
        }

        if (docs.Count == 0)
        {
            return [];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var docIds = docs.Select(d => d.Doc).ToArray();
        var procedures = docIds.Select(doc => index.GetProcedure(searcher, doc)).ToArray();
        var sections = request.IncludeSnippets
            ? BestSectionScorer.Score(searcher, index.Queries.Vocabulary, docIds, procedures, query)
            : new SectionKind?[docIds.Length];
        var hits = new SearchHit[docs.Count];
        var textTop = docs.Where(d => d.Score != float.MaxValue).Select(d => d.Score).DefaultIfEmpty(0f).Max();
        var highlighted = request.IncludeSnippets ? new HashSet<string>(query.Syllables, StringComparer.Ordinal) : null;
        for (var i = 0; i < docs.Count; i++)
        {
            var procedure = procedures[i];
            var section = sections[i] is { } kind ? procedure.GetSection(kind) : null;
            var snippet = !request.IncludeSnippets ? ""
                : section is not null
                    ? SnippetBuilder.Build(section.Text, highlighted!, _options.SnippetLength)
                    : SnippetBuilder.Lead(procedure.Sections.Count > 0 ? procedure.Sections[0].Text : "", _options.SnippetLength);
            // Code matches carry no text score; report them just above the best text match.
            var score = docs[i].Score == float.MaxValue ? textTop + 1f : docs[i].Score;
            hits[i] = new SearchHit(procedure, score, section?.Kind, snippet);
        }

        return hits;
    }

    /// <summary>
    /// The ranking query's top hits in the hand-made order: BM25 and phrase keys, then name coverage and refinements;
    /// <paramref name="codes"/> more than asked when that many hits were already found by a code in the question.
    /// </summary>
    private (int Doc, float Score)[] HandRanked(OpenIndex index, IndexSearcher searcher, ProcedureQuery query, Query? filter, int count, int codes)
    {
        var depth = (_tuning.NameCoverageBoost > 0 ? Math.Max(_tuning.RerankDepth, count) : count) + codes;
        var top = ((filter is null ? index.Clauses.Top(searcher, query.Ranking!, depth) : null) ?? searcher.Search(Filtered(query.Ranking!, filter), depth).ScoreDocs)
            .Select(d => (d.Doc, d.Score))
            .ToArray();
        return _tuning.NameCoverageBoost > 0
            ? NameCoverage.Rerank(top, doc => index.GetNames(searcher, doc), query, _tuning.NameCoverageBoost, _tuning.UnaskedAudienceFactor)
            : top;
    }

    /// <summary>
    /// The first <paramref name="depth"/> hits of the hand-made ranking (without <see cref="SearchTuning.LearnedRanking"/>)
    /// with the features the learned ranking reads, for learning its weights (<c>Indexer learn-ranking</c>).
    /// </summary>
    public IReadOnlyList<RankingCandidate> RankingCandidates(string question, int depth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var text = ProcedureQueryBuilder.Truncate(question, _options.MaxQueryLength);
        return WithIndex<(LuceneProcedureSearch Self, string Text, int Depth), IReadOnlyList<RankingCandidate>>((this, text, depth), [], static (index, state) =>
            WithSearcher(index, state, static (index, searcher, state) =>
            {
                var query = index.Queries.Build(state.Text);
                if (query.Ranking is null)
                {
                    return [];
                }

                var top = state.Self.HandRanked(index, searcher, query, null, state.Depth, codes: 0);
                top = top[..Math.Min(state.Depth, top.Length)];
                var rows = RankingFeatures.Of(index.Clauses, searcher, query, top, doc => index.GetNames(searcher, doc));
                return top.Select((hit, i) => new RankingCandidate(index.GetNames(searcher, hit.Doc).Code, rows[i])).ToArray();
            }));
    }

    private static int? FindCode(IndexSearcher searcher, string code, Query? filter)
    {
        var top = searcher.Search(Filtered(new TermQuery(new Term(SearchFields.Code, code)), filter), 1);
        return top.ScoreDocs.Length == 0 ? null : top.ScoreDocs[0].Doc;
    }

    /// <summary>Level and field filters as non-scoring required clauses; null when the request has none.</summary>
    private static BooleanQuery? FilterQuery(SearchRequest request)
    {
        var filters = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.Level))
        {
            filters.Add(new TermQuery(new Term(SearchFields.LevelKey, FoldedKey.Of(request.Level))), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.Field))
        {
            filters.Add(new TermQuery(new Term(SearchFields.FieldKey, FoldedKey.Of(request.Field))), Occur.MUST);
        }

        return filters.Clauses.Count == 0 ? null : filters;
    }

    private static Query Filtered(Query query, Query? filter)
    {
        if (filter is null)
        {
            return query;
        }

        return new BooleanQuery(disableCoord: true)
        {
            { query, Occur.MUST },
            { new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST },
        };
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the build in use, which stays open until it returns even if a reload retires
    /// it meanwhile; <paramref name="whenEmpty"/> when nothing is published. The state argument lets callers pass
    /// static lambdas, so a search allocates no closure.
    /// </summary>
    private TResult WithIndex<TState, TResult>(TState state, TResult whenEmpty, Func<OpenIndex, TState, TResult> work)
    {
        var index = AcquireCurrent();
        if (index is null)
        {
            return whenEmpty;
        }

        try
        {
            return work(index, state);
        }
        finally
        {
            index.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> with a searcher of <paramref name="index"/>, given back when it returns.</summary>
    private static TResult WithSearcher<TState, TResult>(OpenIndex index, TState state, Func<OpenIndex, IndexSearcher, TState, TResult> work)
    {
        var searcher = index.Manager.Acquire();
        try
        {
            return work(index, searcher, state);
        }
        finally
        {
            index.Manager.Release(searcher);
        }
    }

    private OpenIndex? AcquireCurrent()
    {
        while (true)
        {
            var index = Volatile.Read(ref _current);
            if (index is null || index.TryAcquire())
            {
                return index;
            }

            // The build was retired between the read and the acquire; the next read sees its replacement.
        }
    }
}
