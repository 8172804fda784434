using KnowledgeBase.Import;

namespace Bot.Tests.KnowledgeBase.Import;

public sealed class LegalBasisParserTests
{
    [Fact]
    public void TitleNumberPairsAreSplitAndNumbersInsideTitlesStay()
    {
        var legal = LegalBasisParser.Parse(CrawlFixtures.Load("bo-cong-an", "1.014061").LegalBasisTable);

        Assert.True(legal.Parsed);
        Assert.Equal(
            ["17/2024/TT-BCA", "16/2024/TT-BCA", "53/2025/TT-BCA", "26/2023/QH15", "70/2024/NĐ-CP", "18/2024/TT-BCA", "190/2025/NQ-QH15"],
            legal.Documents.Select(d => d.Number));
        Assert.Equal("Luật Căn cước", legal.Documents[3].Title);
        Assert.Equal("Thông tư 16/2024/TT-BCA quy định về mẫu thẻ căn cước, mẫu giấy chứng nhận căn cước", legal.Documents[1].Title);
    }

    [Fact]
    public void DigitsGluedBetweenTitleAndNumberSplitWhereTheTitleNamesTheNumber()
    {
        var legal = LegalBasisParser.Parse(CrawlFixtures.Load("bo-tai-chinh", "1.011500").LegalBasisTable);

        Assert.True(legal.Parsed);
        Assert.Equal(new LegalDocument("16/2023/QH15", "Luật Giá 16/2023/QH15"), legal.Documents[0]);
        Assert.Equal(new LegalDocument("78/2024/NĐ-CP", "Nghị định 78/2024/NĐ-CP"), legal.Documents[1]);
        Assert.Equal("31/2026/TT-BTC", legal.Documents[2].Number);
    }

    [Fact]
    public void TitleEndingInTheYearOfTheGluedNumberSplitsAtTheYear()
    {
        var legal = LegalBasisParser.Parse(CrawlFixtures.Load("bo-cong-an", "1.000236").LegalBasisTable);

        Assert.True(legal.Parsed);
        Assert.Equal(new LegalDocument("51/2019/QH14", "Luật 51/2019/QH14"), legal.Documents[0]);
        Assert.Contains(legal.Documents, d => d.Number == "23/2023/QH15" && d.Title.EndsWith("sửa đổi 2023", StringComparison.Ordinal));
    }

    [Fact]
    public void YearGluedToANumberOfAnotherYearKeepsTheOriginalText()
    {
        var text = LegalBasisParser.Header + "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 202076/2025/QH15Luật Doanh nghiệp59/2020/QH14";
        var legal = LegalBasisParser.Parse(text);

        // 2020 + 76/2025/QH15, or 20207 + 6/2025/QH15? The years differ, so nothing says where to cut.
        Assert.False(legal.Parsed);
        Assert.Contains("202076/2025/QH15", legal.OriginalText, StringComparison.Ordinal);
    }

    [Fact]
    public void AllCapsTitleAfterACodeKeepsTheOriginalText()
    {
        // From bo-tai-chinh/2.000693: is the code "2222/QĐ-BHXH" or "2222/QĐ-BHXHQ"? Both letters are capitals.
        var legal = LegalBasisParser.Parse(LegalBasisParser.Header +
            "BAN HÀNH QUY TRÌNH GIẢI QUYẾT HƯỞNG CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI2222/QĐ-BHXHQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM XÃ HỘI12/2025/TT-BNV");

        Assert.False(legal.Parsed);
        Assert.Contains("2222/QĐ-BHXHQUY ĐỊNH", legal.OriginalText, StringComparison.Ordinal);
    }

    [Fact]
    public void NoInformationMeansNoDocuments()
    {
        var legal = LegalBasisParser.Parse(CrawlFixtures.Load("bo-cong-an", "3.000340").LegalBasisTable);

        Assert.True(legal.IsEmpty);
    }
}
