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
    public void YearGluedToANumberWithNoEvidenceKeepsTheOriginalText()
    {
        var record = CrawlFixtures.Load("bo-cong-an", "1.000236");
        var legal = LegalBasisParser.Parse(record.LegalBasisTable);

        // "…sửa đổi 202323/2023/QH15": 2023 + 23/2023/QH15 or 202 + 323/2023/QH15 — not guessed.
        Assert.False(legal.Parsed);
        Assert.Contains("202323/2023/QH15", legal.OriginalText, StringComparison.Ordinal);
    }

    [Fact]
    public void NoInformationMeansNoDocuments()
    {
        var legal = LegalBasisParser.Parse(CrawlFixtures.Load("bo-cong-an", "3.000340").LegalBasisTable);

        Assert.True(legal.IsEmpty);
    }
}
