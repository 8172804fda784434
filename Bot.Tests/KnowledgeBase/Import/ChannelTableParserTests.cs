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
    public void NoteThatLostOnlyItsLastBracketEndsWhereItsInnerBracketCloses()
    {
        // 1.002903 and about fifty other records: "VNĐ(đồng (Miễn phí … TT-BTC)" never closes its first bracket.
        var table = ChannelTableParser.Parse(ChannelTableParser.Header +
            "Dịch vụ bưu chính30 Ngày làm việc10,000,000 VNĐ(đồng (Miễn phí kể từ ngày 07/4/2026 đến 30/6/2026 theo Thông tư số 40/2026/TT-BTC)30 ngày kể từ ngày nhận được hồ sơ hợp lệ"
            + "Trực tiếp30 Ngày làm việc10,000,000 VNĐ(đồng (Miễn phí kể từ ngày 07/4/2026 đến 30/6/2026 theo Thông tư số 40/2026/TT-BTC)30 ngày kể từ ngày nhận được hồ sơ hợp lệ");

        Assert.True(table.Parsed);
        Assert.Equal(["Dịch vụ bưu chính", "Trực tiếp"], table.Rows.Select(r => r.Channel));
        Assert.All(table.Rows, row =>
        {
            Assert.Equal("30 Ngày làm việc", row.Time);
            Assert.Equal("10,000,000 VNĐ (đồng (Miễn phí kể từ ngày 07/4/2026 đến 30/6/2026 theo Thông tư số 40/2026/TT-BTC)", row.Fee);
            Assert.Equal("30 ngày kể từ ngày nhận được hồ sơ hợp lệ", row.Description);
        });
    }

    [Fact]
    public void AWordOfOneLetterBeforeABracketClosesTheNote()
    {
        // 2.001064: "… trong công tác thú y)" closes the note; "y)" is no list label.
        var table = ChannelTableParser.Parse(ChannelTableParser.Header +
            "Trực tuyến3 Ngày làm việc50,000 VNĐ(50.000 đồng/CCHN (theo Thông tư số 101/2020/TT-BTC quy định phí, lệ phí trong công tác thú y); 25.000 đồng/CCHN (áp dụng đến hết ngày 31 tháng 12 năm 2026 theo Thông tư 64/2025/TT-BTC.))+ 50.000 đồng/CCHN");

        var row = Assert.Single(table.Rows);
        Assert.Equal("3 Ngày làm việc", row.Time);
        Assert.EndsWith("theo Thông tư 64/2025/TT-BTC.))", row.Fee, StringComparison.Ordinal);
        Assert.Equal("50.000 đồng/CCHN", row.Description);
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
