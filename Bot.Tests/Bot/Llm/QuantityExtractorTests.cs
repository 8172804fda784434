using Bot.Llm.Grounding;

namespace Bot.Tests.Bot.Llm;

public sealed class QuantityExtractorTests
{
    [Theory]
    [InlineData("30.000 đồng", QuantityKind.Money, "đồng", 30000)]
    [InlineData("30000 Đồng", QuantityKind.Money, "đồng", 30000)]
    [InlineData("30,000 đồng", QuantityKind.Money, "đồng", 30000)]
    [InlineData("70.000đ", QuantityKind.Money, "đồng", 70000)]
    [InlineData("1.500.000 VNĐ", QuantityKind.Money, "đồng", 1500000)]
    [InlineData("500,000 Việt Nam Đồng", QuantityKind.Money, "đồng", 500000)]
    [InlineData("70,000 VNĐ", QuantityKind.Money, "đồng", 70000)]
    [InlineData("200 USD", QuantityKind.Money, "usd", 200)]
    [InlineData("50 nghìn", QuantityKind.Money, "đồng", 50000)]
    [InlineData("50 ngàn đồng", QuantityKind.Money, "đồng", 50000)]
    [InlineData("50k", QuantityKind.Money, "đồng", 50000)]
    [InlineData("1,5 triệu", QuantityKind.Money, "đồng", 1500000)]
    [InlineData("1.5 triệu đồng", QuantityKind.Money, "đồng", 1500000)]
    [InlineData("7 Ngày làm việc", QuantityKind.Duration, "workday", 7)]
    [InlineData("15 ngày", QuantityKind.Duration, "day", 15)]
    [InlineData("05 ngày", QuantityKind.Duration, "day", 5)]
    [InlineData("3 tháng", QuantityKind.Duration, "month", 3)]
    [InlineData("24 giờ", QuantityKind.Duration, "hour", 24)]
    [InlineData("2 bản", QuantityKind.Count, "bản", 2)]
    [InlineData("03 bản sao", QuantityKind.Count, "bản", 3)]
    [InlineData("01 bộ hồ sơ", QuantityKind.Count, "bộ", 1)]
    [InlineData("giảm 50%", QuantityKind.Percent, "%", 50)]
    [InlineData("số 1900", QuantityKind.Bare, "", 1900)]
    public void NumbersAreReadWithTheirUnitsInEveryCommonSpelling(string text, QuantityKind kind, string unit, double value)
    {
        var quantity = Assert.Single(QuantityExtractor.Extract(text));

        Assert.Equal(kind, quantity.Kind);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal((decimal)value, quantity.Value);
    }

    [Fact]
    public void WordsStartingLikeAUnitDoNotBecomeOne()
    {
        var quantities = QuantityExtractor.Extract("từ 5 đến 7 ngày, 3 bảng kê và 2 đêm");

        Assert.Equal(
            [(QuantityKind.Bare, 5m), (QuantityKind.Duration, 7m), (QuantityKind.Bare, 3m), (QuantityKind.Bare, 2m)],
            quantities.Select(q => (q.Kind, q.Value)));
    }

    [Fact]
    public void NumbersInsideWordsAndIdentifiersAreNotSplitIntoClaims()
    {
        Assert.Empty(QuantityExtractor.Extract("mẫu CC01 và tờ khai TK1"));
    }
}
