using System.Collections.Concurrent;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KnowledgeBase.Search;

/// <summary>
/// One opened, verified build: its searcher manager, manifest, bundled synonyms and query builder. Reference
/// counted, so a reload can retire it while searches that already started finish on it.
/// </summary>
internal sealed class OpenIndex
{
    private static readonly HashSet<string> StoredFields = [SearchFields.Stored];
    private const int ClauseCacheSize = 16_384;

    private readonly ReadOnlyMemoryDirectory _directory;
    private readonly ConcurrentDictionary<int, Procedure> _procedures = new();
    private readonly ConcurrentDictionary<int, NameSyllables> _names = new();
    private int _references = 1;

    private OpenIndex(string path, IndexManifest manifest, ReadOnlyMemoryDirectory directory, SearcherManager manager, SynonymSet synonyms, ProcedureQueryBuilder queries, int resultCacheSize)
    {
        Results = new SearchResultCache(resultCacheSize);
        Path = path;
        Manifest = manifest;
        _directory = directory;
        Manager = manager;
        Synonyms = synonyms;
        Queries = queries;
    }

    public string Path { get; }

    public IndexManifest Manifest { get; }

    public SearcherManager Manager { get; }

    public SynonymSet Synonyms { get; }

    public ProcedureQueryBuilder Queries { get; }

    /// <summary>Procedures looked up by code on this build (only codes that exist: the catalogue bounds it).</summary>
    public ConcurrentDictionary<string, Procedure> ByCode { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Per-clause scores on this build (see <see cref="ClauseScores"/>). The bench's 3,300 varied questions use about
    /// 15,000 clauses holding 555,000 document scores in all (a few MB), so a generation of 16,384 rarely rotates.
    /// </summary>
    public ClauseScores Clauses { get; } = new(ClauseCacheSize);

    /// <summary>Recent results on this build; dropped with it, so a rebuild never serves stale answers.</summary>
    public SearchResultCache Results { get; }

    /// <summary>Opens and checks a build folder; throws <see cref="InvalidDataException"/> when it is not a usable build.</summary>
    public static OpenIndex Open(string buildPath, SearchTuning tuning, SearchOptions options)
    {
        var manifestPath = System.IO.Path.Combine(buildPath, IndexLayout.ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new InvalidDataException($"{buildPath}: no {IndexLayout.ManifestFile}; not a complete build");
        }

        IndexManifest manifest;
        try
        {
            manifest = IndexManifest.Read(manifestPath);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"{manifestPath}: unreadable manifest: {ex.Message}", ex);
        }

        if (manifest.Format != IndexManifest.CurrentFormat)
        {
            throw new InvalidDataException($"{buildPath}: index format {manifest.Format}, this version reads {IndexManifest.CurrentFormat}; rebuild the index");
        }

        var synonyms = SynonymSet.Load(System.IO.Path.Combine(buildPath, IndexLayout.SynonymsFile), out var problems);
        if (problems.Any(p => p.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidDataException($"{buildPath}: bundled synonyms are invalid: {problems[0]}");
        }

        ReadOnlyMemoryDirectory directory;
        try
        {
            using var files = FSDirectory.Open(buildPath);
            directory = ReadOnlyMemoryDirectory.Load(files);
        }
        catch (IOException ex)
        {
            throw new InvalidDataException($"{buildPath}: cannot read index files: {ex.Message}", ex);
        }

        SearcherManager? manager = null;
        try
        {
            manager = new SearcherManager(directory, new Bm25SearcherFactory());
            var searcher = manager.Acquire();
            try
            {
                if (searcher.IndexReader.NumDocs != manifest.ProcedureCount)
                {
                    throw new InvalidDataException($"{buildPath}: index holds {searcher.IndexReader.NumDocs} documents, manifest says {manifest.ProcedureCount}");
                }
            }
            finally
            {
                manager.Release(searcher);
            }

            IndexVocabulary vocabulary;
            searcher = manager.Acquire();
            try
            {
                vocabulary = IndexVocabulary.Read(searcher.IndexReader, tuning.CommonBodyTermShare);
            }
            finally
            {
                manager.Release(searcher);
            }

            return new OpenIndex(buildPath, manifest, directory, manager, synonyms, new ProcedureQueryBuilder(synonyms, tuning, options.MaxQueryLength, vocabulary), options.ResultCacheSize);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            manager?.Dispose();
            directory.Dispose();
            throw ex as InvalidDataException ?? new InvalidDataException($"{buildPath}: cannot open index: {ex.Message}", ex);
        }
    }

    /// <summary>The stored procedure of a document; each is deserialized once per build.</summary>
    public Procedure GetProcedure(IndexSearcher searcher, int doc) =>
        _procedures.GetOrAdd(doc, static (d, s) =>
        {
            var json = s.Doc(d, StoredFields).GetBinaryValue(SearchFields.Stored)
                ?? throw new InvalidDataException($"document {d} has no stored procedure");
            return ProcedureJson.Deserialize(json.Bytes.AsSpan(json.Offset, json.Length));
        }, searcher);

    /// <summary>The analysed name and aliases of a document, for <see cref="NameCoverage"/>; once per build.</summary>
    public NameSyllables GetNames(IndexSearcher searcher, int doc) =>
        _names.GetOrAdd(doc, static (d, state) => state.Index.ReadNames(state.Searcher, d), (Index: this, Searcher: searcher));

    private NameSyllables ReadNames(IndexSearcher searcher, int doc)
    {
        var values = MultiDocValues.GetBinaryValues(searcher.IndexReader, SearchFields.Names);
        if (values is null)
        {
            return NameSyllables.Of(GetProcedure(searcher, doc));
        }

        var bytes = new Lucene.Net.Util.BytesRef();
        values.Get(doc, bytes);
        var lines = bytes.Utf8ToString().Split('\n');
        var audience = MultiDocValues.GetBinaryValues(searcher.IndexReader, SearchFields.Audience);
        var audienceBytes = new Lucene.Net.Util.BytesRef();
        audience?.Get(doc, audienceBytes);
        return NameSyllables.Of(lines[0], lines.Skip(1), audience is null ? null : audienceBytes.Utf8ToString());
    }

    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Drops one reference; the last one closes the reader and the directory.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Manager.Dispose();
            _directory.Dispose();
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}
