using System.Text;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

public sealed class LuceneProcedureSearchTests(BuiltCatalogueFixture fixture) : IClassFixture<BuiltCatalogueFixture>
{
    private readonly LuceneProcedureSearch _search = fixture.Search;

    private string TopCode(string query) => _search.Search(new SearchRequest(query))[0].Procedure.Code;

    [Fact]
    public void QueryWithoutDiacriticsFindsAccentedProcedure()
    {
        Assert.Equal("1.014064", TopCode("lam lai can cuoc"));
        Assert.Equal("1.001193", TopCode("dang ky khai sinh"));
    }

    [Fact]
    public void DecomposedUnicodeQueryFindsProcedure()
    {
        var nfd = "Cấp đổi thẻ căn cước".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Cấp đổi thẻ căn cước", nfd);
        Assert.Equal("1.014063", TopCode(nfd));
    }

    [Theory]
    [InlineData("cccd bị mất làm lại", "1.014064")]
    [InlineData("đổi gplx", "3.000347")]
    [InlineData("doi bang lai xe", "3.000347")]
    [InlineData("đkkd hộ cá thể", "1.001612")]
    [InlineData("làm giấy khai sinh cho bé", "1.001193")]
    [InlineData("lấy vợ", "1.000894")]
    public void CitizenWordsAndAbbreviationsFindTheOfficialProcedure(string query, string expectedCode) =>
        Assert.Equal(expectedCode, TopCode(query));

    [Theory]
    [InlineData("\"(*?~:\\/[]{}^!+-&|")]
    [InlineData("căn cước) AND (*:* OR title:x~2^10")]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("\0\u200b\ud800")]
    public void SyntaxCharactersNeverThrowOrChangeTheQuery(string query)
    {
        var hits = _search.Search(new SearchRequest(query));
        Assert.All(hits, hit => Assert.NotNull(hit.Procedure));
    }

    [Fact]
    public void SyntaxCharactersAroundWordsAreIgnored() =>
        Assert.Equal("1.014064", TopCode("(cấp lại)* [thẻ] căn~ cước!"));

    [Fact]
    public void HugeGarbageInputReturnsWithoutError()
    {
        var random = new Random(7);
        var garbage = new string(Enumerable.Range(0, 10_240).Select(_ => "ab(*?:~ đ\"\\/[]{}^!+-&|"[random.Next(22)]).ToArray());
        var hits = _search.Search(new SearchRequest(garbage + " cấp lại thẻ căn cước"));
        Assert.NotNull(hits);
    }

    [Fact]
    public void CodeInQueryReturnsThatProcedureFirst()
    {
        Assert.Equal("1.014063", TopCode("cho tôi hỏi thủ tục 1.014063 cần gì"));
        Assert.Equal("Đổi giấy phép lái xe", _search.GetByCode("3.000347")?.Name);
        Assert.Null(_search.GetByCode("9.999999"));
    }

    [Fact]
    public void LevelFilterKeepsOnlyProceduresAtThatLevel()
    {
        var hits = _search.Search(new SearchRequest("đăng ký") { Level = "Cấp tỉnh" });
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Contains("Cấp tỉnh", hit.Procedure.Levels));
        Assert.DoesNotContain(hits, hit => hit.Procedure.Code == "1.001193");
    }

    [Fact]
    public void FieldFilterKeepsOnlyProceduresInThatField()
    {
        var hits = _search.Search(new SearchRequest("đăng ký") { Field = "ho tich" });
        Assert.Equal(["1.000894", "1.001193"], hits.Select(h => h.Procedure.Code).Order().ToArray());
    }

    [Fact]
    public void IntentWordsAreKeptAndPointToTheAnsweringSection()
    {
        Assert.Equal("1.014064", TopCode("cấp lại thẻ căn cước"));
        Assert.Equal("1.014063", TopCode("cấp đổi thẻ căn cước"));
        var fee = _search.Search(new SearchRequest("làm lại căn cước mất bao nhiêu tiền"))[0];
        Assert.Equal(("1.014064", SectionKind.Fees), (fee.Procedure.Code, fee.BestSection));
        var time = _search.Search(new SearchRequest("cấp lại căn cước bao lâu thì có"))[0];
        Assert.Equal(("1.014064", SectionKind.ProcessingTime), (time.Procedure.Code, time.BestSection));
    }

    [Fact]
    public void SnippetHighlightsMatchedWordsInMarkdownBold()
    {
        var hit = _search.Search(new SearchRequest("lệ phí đổi bằng lái"))[0];
        Assert.Equal(SectionKind.Fees, hit.BestSection);
        Assert.Contains("**Lệ phí đổi giấy phép lái xe**", hit.Snippet);
    }

    [Fact]
    public void SnippetHighlightsWhenTheQueryHasNoDiacritics()
    {
        var hit = _search.Search(new SearchRequest("le phi doi giay phep lai xe"))[0];
        Assert.Contains("**Lệ phí đổi giấy phép lái xe**", hit.Snippet);
    }

    [Fact]
    public void RankingWithoutSnippetsIsTheSameRankingWithoutSectionOrSnippet()
    {
        var full = _search.Search(new SearchRequest("lệ phí đổi bằng lái"));
        var bare = _search.Search(new SearchRequest("lệ phí đổi bằng lái") { IncludeSnippets = false });

        Assert.Equal(full.Select(h => (h.Procedure.Code, h.Score)), bare.Select(h => (h.Procedure.Code, h.Score)));
        Assert.All(bare, h => Assert.Equal(("", (SectionKind?)null), (h.Snippet, h.BestSection)));
        Assert.NotEmpty(full[0].Snippet);
    }

    [Fact]
    public void ResultsCarryTheFullStoredProcedure()
    {
        var hit = _search.Search(new SearchRequest("kết hôn"))[0];
        var expected = TestCatalogue.Procedures.Single(p => p.Code == "1.000894");
        Assert.Equal(expected.Name, hit.Procedure.Name);
        Assert.Equal(expected.Levels, hit.Procedure.Levels);
        Assert.Equal(expected.Sections.Select(s => (s.Kind, s.Text)), hit.Procedure.Sections.Select(s => (s.Kind, s.Text)));
    }
}
