using KnowledgeBase.Import;

namespace Bot.Tests.KnowledgeBase.Import;

public sealed class ChannelTableParserTests
{
    [Fact]
    public void FreeProcedureWithThreeChannelsGivesOneRowPerChannel()
    {
        var table = ChannelTableParser.Parse(CrawlFixtures.Load("bo-xay-dung", "6.003636").ChannelTable);

        Assert.True(table.Parsed);
        Assert.Equal(["Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính"], table.Rows.Select(r => r.Channel));
        Assert.All(table.Rows, r => Assert.Equal("15 Ngày", r.Time));
        Assert.All(table.Rows, r => Assert.Equal("Miễn phí", r.Fee));
        Assert.All(table.Rows, r => Assert.Null(r.Description));
    }

    [Fact]
    public void ContradictingBracketNoteStaysWithTheFreeFee()
    {
        var table = ChannelTableParser.Parse(CrawlFixtures.Load("bo-cong-an", "3.000340").ChannelTable);

        Assert.True(table.Parsed);
        var online = table.Rows.First(r => r.Channel == "Trực tuyến");
        // "Miễn phí" alone would tell a citizen it is free; the note says 8.000.000 per application type.
        Assert.Equal(
            "Miễn phí (Cho một loại hình sản phẩm hoặc dịch vụ: 8.000.000/lần; thêm một loại hình sản phẩm hoặc dịch vụ: 2.000.000/lần.)",
            online.Fee);
        Assert.Equal("12 Ngày", online.Time);
    }

    [Fact]
    public void NoInformationFeeIsNullAndDescriptionIsKept()
    {
        var table = ChannelTableParser.Parse(CrawlFixtures.Load("bo-cong-an", "1.014061").ChannelTable);

        Assert.True(table.Parsed);
        Assert.Equal(2, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Null(r.Fee));
        Assert.All(table.Rows, r => Assert.Equal("7 Ngày làm việc", r.Time));
        Assert.StartsWith("Trực tiếp tại địa điểm tiếp dân của Công an cấp xã", table.Rows[0].Description, StringComparison.Ordinal);
        Assert.Contains("Không quá 07 ngày làm việc.", table.Rows[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void FeeStatedOnlyInTheDescriptionIsFoundWithItsOriginalDigits()
    {
        var table = ChannelTableParser.Parse(CrawlFixtures.Load("bo-xay-dung", "1.003135").ChannelTable);

        var row = Assert.Single(table.Rows, r => r.Channel == "Trực tuyến");
        Assert.Null(row.Fee);
        Assert.Equal("5 Ngày làm việc", row.Time);
        Assert.Contains(row.FeeMentions, m => m.StartsWith("Lệ phí : 20.000 Đồng", StringComparison.Ordinal));
        Assert.Contains(row.FeeMentions, m => m.StartsWith("Lệ phí : 50.000 Đồng", StringComparison.Ordinal));
    }

    [Fact]
    public void TimeWithoutUnitGluedToMoneyWithNothingToTellThemApartIsKeptAsOriginalText()
    {
        var record = CrawlFixtures.Load("bo-tai-chinh", "1.006429");
        var table = ChannelTableParser.Parse(record.ChannelTable);

        // "Trực tuyến120 VNĐ" and nothing else: 1 + "20 VNĐ", or 12 + "0 VNĐ"? Not guessed.
        Assert.False(table.Parsed);
        Assert.Empty(table.Rows);
        Assert.Equal("Trực tuyến120 VNĐ", table.OriginalText);
    }

    [Fact]
    public void TimeWithoutUnitGluedToMoneyIsSplitWhereTheNoteStatesTheFee()
    {
        // 2.002041: "Trực tuyến1100 VNĐ(Phí công bố …: 100.000 đồng/lần …)Dịch vụ bưu chính125 VNĐ(…)Trực tiếp125 VNĐ(…)".
        var table = ChannelTableParser.Parse(CrawlFixtures.Load("bo-tai-chinh", "2.002041").ChannelTable);

        Assert.True(table.Parsed);
        Assert.Equal(["Trực tuyến", "Dịch vụ bưu chính", "Trực tiếp"], table.Rows.Select(r => r.Channel));
        Assert.All(table.Rows, r => Assert.Equal("1", r.Time));
        Assert.StartsWith("100 VNĐ (Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần", table.Rows[0].Fee);
        // The other rows' notes name no amount: the online row's time tells where their digits split.
        Assert.StartsWith("25 VNĐ (- Lệ phí đăng ký doanh nghiệp: Bằng 50% mức thu", table.Rows[1].Fee);
        Assert.StartsWith("25 VNĐ (- Lệ phí đăng ký doanh nghiệp: Bằng 50% mức thu", table.Rows[2].Fee);
    }

    [Fact]
    public void TimeWithoutUnitGluedToMoneyIsSplitAtTheTimeAnotherRowOfTheTableStates()
    {
        // 2.002018: "Trực tuyến1Miễn phíDịch vụ bưu chính125 VNĐTrực tiếp125 VNĐ".
        var table = ChannelTableParser.Parse(CrawlFixtures.Load("bo-tai-chinh", "2.002018").ChannelTable);

        Assert.True(table.Parsed);
        Assert.Equal([("1", "Miễn phí"), ("1", "25 VNĐ"), ("1", "25 VNĐ")], table.Rows.Select(r => (r.Time, r.Fee)));
    }

    [Fact]
    public void TimeWithoutUnitGluedToMoneyIsSplitWhenOnlyOneReadingIsAWellFormedAmount()
    {
        // 1.000005: "120,000" is 1 and "20,000"; "12" and "0,000" is no amount.
        var table = ChannelTableParser.Parse(ChannelTableParser.Header + "Trực tuyến120,000 VNĐ(Theo khoản 1 Điều 3 Thông tư số 172/2010/TT-BTC ngày 02/11/2010 của Bộ Tài chính)");

        var row = Assert.Single(table.Rows);
        Assert.Equal("1", row.Time);
        Assert.StartsWith("20,000 VNĐ (Theo khoản 1 Điều 3", row.Fee);
    }

    [Fact]
    public void NoteThatNeverClosesMakesTheTableUnparsedRatherThanCut()
    {
        var table = ChannelTableParser.Parse(
            ChannelTableParser.Header + "Trực tuyến3 Ngày làm việc50,000 VNĐ(50.000 đồng/lần (theo Thông tư 101/2020/TT-BTC; nộp trực tuyến");

        Assert.False(table.Parsed);
        Assert.Contains("nộp trực tuyến", table.OriginalText, StringComparison.Ordinal);
    }

    [Fact]
    public void ListLabelsInsideAFeeNoteDoNotCloseIt()
    {
        var table = ChannelTableParser.Parse(ChannelTableParser.Header +
            "Trực tuyến5 Ngày làm việcMiễn phí(a) Cấp lại: 30.000.000 đồng. b) Cấp mới: 5.000.000 đồng.)- Trong thời hạn 05 ngày làm việc.");

        var row = Assert.Single(table.Rows);
        Assert.Equal("Miễn phí (a) Cấp lại: 30.000.000 đồng. b) Cấp mới: 5.000.000 đồng.)", row.Fee);
        Assert.Equal("Trong thời hạn 05 ngày làm việc.", row.Description);
    }
}
