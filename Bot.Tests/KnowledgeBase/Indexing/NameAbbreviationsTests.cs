using Bot.Tests.KnowledgeBase.Search;
using KnowledgeBase.Configuration;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Synonyms;

namespace Bot.Tests.KnowledgeBase.Indexing;

public sealed class NameAbbreviationsTests
{
    private static readonly SynonymSet Synonyms = SynonymSet.Parse(
        "bhxh, bảo hiểm xã hội, sổ bảo hiểm xã hội\ntnlđ, tai nạn lao động\nlàm lại cccd => cấp lại thẻ căn cước\n", "synonyms.txt", out _);

    [Fact]
    public void UpperCaseAbbreviationIsFollowedByTheShortestPhraseTheSynonymsFileGivesIt() => Assert.Equal(
        "Đăng ký đóng BHXH bảo hiểm xã hội tự nguyện; trợ cấp TNLĐ tai nạn lao động",
        NameAbbreviations.Expand("Đăng ký đóng BHXH tự nguyện; trợ cấp TNLĐ", Synonyms));

    [Theory]
    [InlineData("Cấp giấy phép xây dựng công trình cấp III, cấp IV")]
    [InlineData("Đăng ký bhxh tự nguyện")]
    [InlineData("Cấp lại thẻ căn cước")]
    public void NamesWithoutKnownUpperCaseAbbreviationsStayAsWritten(string name) =>
        Assert.Equal(name, NameAbbreviations.Expand(name, Synonyms));

    [Fact]
    public void CitizenSpellingOutAnAbbreviatedNameFindsIt()
    {
        using var catalogue = new TestCatalogue();
        catalogue.Write(TestCatalogue.Make("1.002179", "Đăng ký, đăng ký lại, điều chỉnh đóng BHXH tự nguyện; cấp sổ BHXH",
            ["Cấp xã"], "Bảo hiểm xã hội Việt Nam", "Thu BHXH", steps: "Nộp tờ khai.", documents: "Tờ khai TK1-TS.", time: "05 ngày làm việc.", fees: "Không."));
        catalogue.Write(TestCatalogue.Make("1.001613", "Giải quyết hưởng bảo hiểm xã hội một lần",
            ["Cấp xã"], "Bảo hiểm xã hội Việt Nam", "Thực hiện chính sách bảo hiểm xã hội", steps: "Nộp hồ sơ hưởng bảo hiểm xã hội một lần.",
            documents: "Sổ bảo hiểm xã hội.", time: "05 ngày làm việc.", fees: "Không."));
        Assert.True(catalogue.Build().Succeeded);
        using var search = new LuceneProcedureSearch(catalogue.IndexPath, new SearchOptions());

        var hits = search.Search(new SearchRequest("đóng bảo hiểm xã hội tự nguyện"));

        Assert.Equal("1.002179", hits[0].Procedure.Code);
    }
}
