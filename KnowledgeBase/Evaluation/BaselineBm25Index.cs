using KnowledgeBase.Procedures;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowledgeBase.Evaluation;

/// <summary>
/// The honest "plain BM25" comparison for the production search: one field holding the procedure name and all
/// section text, Lucene's StandardAnalyzer (no Vietnamese handling, no diacritic folding, no synonyms, no
/// aliases), BM25 scoring and the classic QueryParser on escaped text. Lives in memory; built per run.
/// </summary>
public sealed class BaselineBm25Index : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string CodeField = "code";
    private const string TextField = "text";

    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly System.Threading.Lock _parserLock = new();
    private readonly QueryParser _parser;

    public BaselineBm25Index(IEnumerable<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var config = new IndexWriterConfig(Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var procedure in procedures)
            {
                writer.AddDocument(
                [
                    new StringField(CodeField, procedure.Code, Field.Store.YES),
                    new TextField(TextField, TextOf(procedure), Field.Store.NO),
                ]);
                Count++;
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _parser = new QueryParser(Version, TextField, _analyzer);
    }

    public int Count { get; }

    /// <summary>Codes of the best <paramref name="maxResults"/> procedures, best first; empty when nothing matches.</summary>
    public IReadOnlyList<string> Search(string question, int maxResults = 10) =>
        SearchScored(question, maxResults).Select(h => h.Code).ToArray();

    /// <summary>Codes with their BM25 scores, best first.</summary>
    public IReadOnlyList<(string Code, float Score)> SearchScored(string question, int maxResults = 10)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxResults, 1);
        if (string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        Query query;
        try
        {
            // QueryParser is not thread-safe; the index searcher is.
            lock (_parserLock)
            {
                query = _parser.Parse(QueryParserBase.Escape(question));
            }
        }
        catch (ParseException)
        {
            // Only stop words or punctuation: nothing to search for.
            return [];
        }

        var top = _searcher.Search(query, maxResults);
        return top.ScoreDocs
            .Select(d => (_searcher.Doc(d.Doc).Get(CodeField), d.Score))
            .ToArray();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private static string TextOf(Procedure procedure) =>
        string.Join("\n", procedure.Sections.Select(s => s.Text).Prepend(procedure.Name));
}
