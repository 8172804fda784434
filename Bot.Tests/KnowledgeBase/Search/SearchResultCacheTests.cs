using KnowledgeBase.Configuration;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>
/// Repeated questions are answered from the per-build result cache: the answers must be exactly what a fresh
/// search gives, must not change when a caller edits what it got, and must follow a rebuilt index at once.
/// </summary>
public sealed class SearchResultCacheTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "lam lai can cuoc", "đăng ký khai sinh cho con", "đổi bằng lái xe", "lấy vợ cần gì", "đkkd hộ cá thể",
        "mất cccd", "thành lập doanh nghiệp tư nhân", "cấp đổi thẻ căn cước", "1.001193", "thời tiết hôm nay",
    ];

    private readonly TestCatalogue _catalogue = new();

    public SearchResultCacheTests() => Assert.True(_catalogue.Build().Succeeded);

    public void Dispose() => _catalogue.Dispose();

    [Fact]
    public void RepeatedQuestionsGetTheSameRankingAsWithoutCacheEvenWhenItOverflows()
    {
        // Two entries per generation: ten questions asked three times rotate the cache many times over.
        using var cached = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions { ResultCacheSize = 2 });
        using var uncached = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions { ResultCacheSize = 0 });

        for (var round = 0; round < 3; round++)
        {
            foreach (var question in Questions)
            {
                foreach (var snippets in new[] { true, false })
                {
                    var request = new SearchRequest(question) { MaxResults = 3, IncludeSnippets = snippets };
                    Assert.Equal(Describe(uncached.Search(request)), Describe(cached.Search(request)));
                }
            }
        }
    }

    [Fact]
    public void EditingReturnedResultsDoesNotChangeTheNextAnswer()
    {
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions());
        var request = new SearchRequest("lam lai can cuoc");
        var first = search.Search(request);
        var expected = Describe(first);

        Array.Reverse((Array)first);
        ((SearchHit[])first)[0] = ((SearchHit[])first)[^1] with { Score = -1 };

        Assert.Equal(expected, Describe(search.Search(request)));
    }

    [Fact]
    public void RepeatedQuestionAfterARebuildFindsTheNewProcedure()
    {
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions());
        var request = new SearchRequest("làm hộ chiếu phổ thông");
        Assert.DoesNotContain(search.Search(request), h => h.Procedure.Code == "2.002150");

        _catalogue.Write(TestCatalogue.Make("2.002150", "Cấp hộ chiếu phổ thông ở trong nước", ["Cấp tỉnh"], "Bộ Công an", "Quản lý xuất nhập cảnh",
            steps: "Nộp tờ khai đề nghị cấp hộ chiếu.", documents: "Tờ khai X01.", time: "08 ngày làm việc.", fees: "200.000 đồng."));
        Assert.True(_catalogue.Build().Succeeded);
        Assert.True(search.TryReload());

        Assert.Equal("2.002150", search.Search(request)[0].Procedure.Code);
    }

    [Fact]
    public void WithoutResultCacheARebuildIsScoredWithTheNewBuildsClausesNotTheOldOnes()
    {
        // Clause scores and term clauses are kept per build (ClauseScores, ProcedureQueryBuilder): a new procedure
        // sharing the question's words changes every document's BM25 scores, and the reloaded search must show it.
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions { ResultCacheSize = 0 });
        var request = new SearchRequest("cấp lại thẻ căn cước bị mất") { IncludeSnippets = false };
        var before = Describe(search.Search(request));

        _catalogue.Write(TestCatalogue.Make("2.099999", "Cấp lại thẻ căn cước cho người gốc Việt Nam bị mất thẻ", ["Cấp tỉnh"], "Bộ Công an", "Cấp, quản lý căn cước",
            steps: "Nộp đề nghị cấp lại thẻ căn cước bị mất.", documents: "Tờ khai.", time: "07 ngày làm việc.", fees: "70.000 đồng."));
        Assert.True(_catalogue.Build().Succeeded);
        Assert.True(search.TryReload());
        using var fresh = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions { ResultCacheSize = 0 });

        var after = Describe(search.Search(request));
        Assert.NotEqual(before, after);
        Assert.Equal(Describe(fresh.Search(request)), after);
    }

    [Fact]
    public void SynonymsOfLongPhrasesAreReportedTheWayTheSearchReadsThem()
    {
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions());

        Assert.Contains("cap lai the can cuoc", search.SynonymsOf("hôm qua mất cccd rồi", 2));
        Assert.Equal(search.SynonymsOf("mất cccd", 2), search.SynonymsOf("mất cccd", 2));
        Assert.Empty(search.SynonymsOf("mất cccd", 3));
        Assert.Empty(search.SynonymsOf("   ", 1));
    }

    private static string Describe(IReadOnlyList<SearchHit> hits) =>
        string.Join(" | ", hits.Select(h => $"{h.Procedure.Code} {h.Score:R} {h.BestSection} {h.Snippet}"));
}
