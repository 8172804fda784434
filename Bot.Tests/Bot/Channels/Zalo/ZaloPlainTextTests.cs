using global::Bot.Channels.Zalo;

namespace Bot.Tests.Bot.Channels.Zalo;

public sealed class ZaloPlainTextTests
{
    [Theory]
    [InlineData("**Lệ phí**: 70.000 đồng", "Lệ phí: 70.000 đồng")]
    [InlineData("*Lưu ý* và __quan trọng__", "Lưu ý và quan trọng")]
    [InlineData("Xem [Cổng dịch vụ công](https://dichvucong.gov.vn)", "Xem Cổng dịch vụ công (https://dichvucong.gov.vn)")]
    [InlineData("Xem https://dichvucong.gov.vn/p_1", "Xem https://dichvucong.gov.vn/p_1")]
    [InlineData("[https://a.vn](https://a.vn)", "https://a.vn")]
    [InlineData("## Thành phần hồ sơ\n\nTờ khai", "Thành phần hồ sơ\n\nTờ khai")]
    [InlineData("Mã `1.014061`", "Mã 1.014061")]
    [InlineData("A &amp; B", "A & B")]
    [InlineData("> Trích dẫn", "Trích dẫn")]
    public void MarkdownBecomesReadablePlainText(string markdown, string expected) =>
        Assert.Equal(expected, ZaloPlainText.FromMarkdown(markdown));

    [Fact]
    public void BulletsBecomeDashesAndNumberedListsKeepTheirNumbers()
    {
        const string markdown = "Hồ sơ gồm:\n\n* Tờ khai\n* Ảnh **4x6**\n\nCác bước:\n\n1. Nộp hồ sơ\n2. Nhận kết quả\n   - tại bộ phận một cửa";

        Assert.Equal(
            "Hồ sơ gồm:\n\n- Tờ khai\n- Ảnh 4x6\n\nCác bước:\n\n1. Nộp hồ sơ\n2. Nhận kết quả\n  - tại bộ phận một cửa",
            ZaloPlainText.FromMarkdown(markdown));
    }

    [Fact]
    public void TablesBecomeLinesOfCells() =>
        Assert.Equal(
            "Kênh | Lệ phí\nTrực tiếp | 70.000 đồng",
            ZaloPlainText.FromMarkdown("| Kênh | Lệ phí |\n|---|---|\n| Trực tiếp | 70.000 đồng |"));
}
