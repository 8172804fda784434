using KnowledgeBase.Import;

namespace Bot.Tests.KnowledgeBase.Import;

public sealed class DocumentTableParserTests
{
    [Fact]
    public void TemplateFileNamesAreSeparatedFromDocumentNames()
    {
        var table = DocumentTableParser.Parse(CrawlFixtures.Load("bo-cong-an", "1.014061").DocumentTable);

        Assert.True(table.Parsed);
        var rows = Assert.Single(table.Groups).Rows;
        Assert.Equal(3, rows.Count);
        Assert.Equal("Phiếu thu thập thông tin dân cư (mẫu DC01 ban hành kèm theo Thông tư số 53/2025/TT-BCA ngày 01/7/2025 của Bộ Công an)", rows[0].Name);
        Assert.Equal("Mẫu DC01 Phiếu thu thập thông tin dân cư.docx", rows[0].Template);
        Assert.Equal("1 bản chính", rows[0].Quantity);
        Assert.Equal("Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc", rows[1].Template);
        Assert.Null(rows[2].Template);
    }

    [Fact]
    public void CaseGroupsKeepTheirTitleAndCopyQuantities()
    {
        var table = DocumentTableParser.Parse(CrawlFixtures.Load("bo-tai-chinh", "1.007664").DocumentTable);

        Assert.True(table.Parsed);
        Assert.True(table.Groups.Count >= 2);
        var extra = Assert.Single(table.Groups, g => g.Title == "Ngoài hồ sơ miễn thuế nêu trên, tùy từng trường hợp người nộp thuế phải nộp thêm");
        Assert.Contains(extra.Rows, r => r.Quantity == "0 bản chính, 1 bản sao" && r.Name.StartsWith("Giấy phép lao động", StringComparison.Ordinal));
        Assert.Contains(table.Groups.SelectMany(g => g.Rows), r => r.Name == "Hồ sơ hải quan theo quy định của pháp luật hải quan.");
    }

    [Fact]
    public void PortalStyleOriginalAndCopyCountIsAQuantity()
    {
        var table = DocumentTableParser.Parse("--" + DocumentTableParser.Header + "Tờ khai đăng ký (Mẫu 01)Mau01.docxBản chính: 1 - Bản sao: 0Giấy tờ tùy thân1 bản sao");

        var rows = Assert.Single(table.Groups).Rows;
        Assert.Equal(("Tờ khai đăng ký (Mẫu 01)", "Mau01.docx", "Bản chính: 1 - Bản sao: 0"), (rows[0].Name, rows[0].Template, rows[0].Quantity));
        Assert.Equal("Giấy tờ tùy thân", rows[1].Name);
    }

    [Fact]
    public void QuantityWrittenInsideANameDoesNotSplitTheRow()
    {
        var table = DocumentTableParser.Parse(DocumentTableParser.Header +
            "Phiếu yêu cầu theo Mẫu số 04d (01 bản chính) kèm 01 bản sao giấy tờ1 bản chínhĐơn đề nghị1 bản chính");

        var rows = Assert.Single(table.Groups).Rows;
        Assert.Equal(["Phiếu yêu cầu theo Mẫu số 04d (01 bản chính) kèm 01 bản sao giấy tờ", "Đơn đề nghị"], rows.Select(r => r.Name));
    }

    [Fact]
    public void NameDigitsGluedToTheQuantityStayWithTheName()
    {
        var table = DocumentTableParser.Parse(DocumentTableParser.Header +
            "Bản sao Nghị định 1161 bản chínhGiấy đề nghị đăng ký doanh nghiệp - Mẫu 021 bản chínhĐiều lệ công ty1 bản chính");

        var rows = Assert.Single(table.Groups).Rows;
        Assert.Equal(["Bản sao Nghị định 116", "Giấy đề nghị đăng ký doanh nghiệp - Mẫu 02", "Điều lệ công ty"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.Equal("1 bản chính", r.Quantity));
    }

    [Fact]
    public void DashesOnlyMeansNoDocumentsListed()
    {
        var table = DocumentTableParser.Parse("--");

        Assert.True(table.IsEmpty);
    }
}
