using global::Bot.Rendering;

namespace Bot.Tests.Bot.Rendering;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("**Lệ phí**: 70.000 đồng", "Lệ phí: 70.000 đồng")]
    [InlineData("*Lưu ý* và __quan trọng__", "Lưu ý và quan trọng")]
    [InlineData("Xem [Cổng dịch vụ công](https://dichvucong.gov.vn)", "Xem Cổng dịch vụ công: https://dichvucong.gov.vn")]
    [InlineData("Xem https://dichvucong.gov.vn/p_1", "Xem https://dichvucong.gov.vn/p_1")]
    [InlineData("[https://a.vn](https://a.vn)", "https://a.vn")]
    [InlineData("## Thành phần hồ sơ\n\nTờ khai", "Thành phần hồ sơ\n\nTờ khai")]
    [InlineData("Mã `1.014061`", "Mã 1.014061")]
    [InlineData("A &amp; B", "A & B")]
    [InlineData("> Trích dẫn", "Trích dẫn")]
    public void MarkdownBecomesReadablePlainText(string markdown, string expected) =>
        Assert.Equal(expected, PlainText.FromMarkdown(markdown));

    [Fact]
    public void BulletsBecomeDotsAndNumberedListsKeepTheirNumbers()
    {
        const string markdown = "Hồ sơ gồm:\n\n* Tờ khai\n* Ảnh **4x6**\n\nCác bước:\n\n1. Nộp hồ sơ\n2. Nhận kết quả\n   - tại bộ phận một cửa";

        Assert.Equal(
            "Hồ sơ gồm:\n\n• Tờ khai\n• Ảnh 4x6\n\nCác bước:\n\n1. Nộp hồ sơ\n2. Nhận kết quả\n  • tại bộ phận một cửa",
            PlainText.FromMarkdown(markdown));
    }

    [Fact]
    public void TablesBecomeLinesOfCells() =>
        Assert.Equal(
            "Kênh | Lệ phí\nTrực tiếp | 70.000 đồng",
            PlainText.FromMarkdown("| Kênh | Lệ phí |\n|---|---|\n| Trực tiếp | 70.000 đồng |"));

    [Theory]
    [InlineData("**Đăng ký khai sinh**: xem [Cổng dịch vụ công](https://dichvucong.gov.vn)", "Đăng ký khai sinh: xem Cổng dịch vụ công")]
    [InlineData("- Tờ khai", "Tờ khai")]
    [InlineData("1. Nộp hồ sơ", "1. Nộp hồ sơ")]
    [InlineData("## Lệ phí\n\n*70.000 đồng*", "Lệ phí 70.000 đồng")]
    public void VoiceGetsOneLineWithLinkTextOnlyAndNoBullets(string markdown, string expected) =>
        Assert.Equal(expected, PlainText.FromMarkdownLine(markdown));
}
