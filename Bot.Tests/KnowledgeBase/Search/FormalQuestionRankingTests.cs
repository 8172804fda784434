using Bot.Tests.Bot.Support;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>
/// Questions written to a ministry, from the national portal's FAQ, against the catalogue's own records in a real
/// index: the letter around the question and the abbreviations of the trade do not decide the answer.
/// </summary>
public sealed class FormalQuestionRankingTests
{
    [Fact]
    public void AnAbbreviationOfANameFindsTheProcedureItAbbreviates() =>
        Assert.Equal("1.000028", TestCatalogue.TopCodeWith(
            "Tổng cục ĐBVN cấp GPLHX trong những trường hợp nào?",
            TestCatalogue.FromRepository("1.000028"),
            TestCatalogue.FromRepository("1.014901"),
            TestCatalogue.FromRepository("1.004002"),
            TestCatalogue.FromRepository("2.000815")));

    [Fact]
    public void TheAgencyALetterIsAddressedToDoesNotOutweighTheQuestion() =>
        Assert.Equal("1.003111", TestCatalogue.TopCodeWith(
            "Kính gửi Cục Quản lý chất lượng nông lâm sản và thuỷ sản, sau khi Công ty tôi nộp đầy đủ hồ sơ đăng ký chỉ định thì thời hạn giải quyết là bao nhiêu ngày?",
            TestCatalogue.FromRepository("1.003111"),
            TestCatalogue.FromRepository("2.001827"),
            TestCatalogue.FromRepository("2.001281")));

    [Fact]
    public void ACardNameTypedInCapitalsOutweighsTheAgencyNamedAroundIt()
    {
        // The whole catalogue: a word few names hold is rare only among all of them.
        var hits = BotFixtures.RepositorySearch.Search(new SearchRequest(
            "Doanh nhân Việt Nam đề nghị cấp thẻ ABTC có phải đến trực tiếp cơ quan Quản lý xuất nhập cảnh để làm thủ tục không?"));

        Assert.Contains("ABTC", hits[0].Procedure.Name, StringComparison.Ordinal);
    }
}
