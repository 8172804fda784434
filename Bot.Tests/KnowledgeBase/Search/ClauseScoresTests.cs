using Bot.Tests.Evaluation;
using KnowledgeBase.Configuration;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Bot.Tests.KnowledgeBase.Search;

public sealed class ClauseScoresTests : IDisposable
{
    private readonly string _indexFolder = System.IO.Directory.CreateTempSubdirectory("clause-scores-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_indexFolder, recursive: true);

    [Fact]
    public void CachedClauseScoresRankEveryDevAndHeldOutQuestionExactlyAsLuceneDoes()
    {
        var build = new IndexBuilder().Build(RepositoryFiles.Content, _indexFolder);
        Assert.True(build.Succeeded, build.Error);
        var buildPath = IndexLayout.BuildPath(_indexFolder, IndexLayout.ReadCurrent(_indexFolder)!);
        using var directory = FSDirectory.Open(buildPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var synonyms = SynonymSet.Load(Path.Combine(buildPath, IndexLayout.SynonymsFile), out _);
        var tuning = SearchTuning.Default;
        var queries = new ProcedureQueryBuilder(synonyms, tuning, new SearchOptions().MaxQueryLength, IndexVocabulary.Read(reader, tuning.CommonBodyTermShare));
        var questions = DevSetReader.ReadFile(RepositoryFiles.DevSet).Concat(DevSetReader.ReadFile(RepositoryFiles.HeldOutSet))
            .SelectMany(q => new[] { q.Question, VietnameseDiacritics.Strip(q.Question) })
            .ToList();
        var clauses = new ClauseScores(capacity: 100_000);

        // Twice: first every clause is scored by Lucene, then read back from the cache.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var question in questions)
            {
                var ranking = queries.Build(question).Ranking;
                if (ranking is null)
                {
                    continue;
                }

                var expected = searcher.Search(ranking, 30).ScoreDocs;
                var actual = clauses.Top(searcher, ranking, 30);
                Assert.NotNull(actual);
                Assert.Equal(expected.Select(d => (d.Doc, d.Score)), actual.Select(d => (d.Doc, d.Score)));
            }
        }
    }

    [Fact]
    public void AQueryWithARequiredClauseIsLeftToLucene()
    {
        var query = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(SearchFields.NameFolded, "cap")), Occur.MUST } };

        Assert.Null(new ClauseScores(capacity: 16).Top(null!, query, 10));
    }
}
