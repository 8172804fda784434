using KnowledgeBase.Text;

namespace Bot.Tests.KnowledgeBase.Text;

public sealed class TextClipTests
{
    [Theory]
    // Two menu options that differ only at the end stay apart.
    [InlineData("Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh", 80, "của hộ kinh doanh")]
    [InlineData("Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài", 110, "của nước ngoài")]
    public void ALongNameKeepsItsEndWhereRecordsDiffer(string name, int max, string end)
    {
        var clipped = TextClip.ClipMiddle(name, max);

        Assert.True(clipped.Length <= max, clipped);
        Assert.EndsWith(end, clipped, StringComparison.Ordinal);
        Assert.Contains("… ", clipped, StringComparison.Ordinal);
        Assert.StartsWith(name[..20], clipped, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortNameIsLeftWhole() =>
        Assert.Equal("Đăng ký khai sinh", TextClip.ClipMiddle("Đăng ký khai sinh", 80));

    [Fact]
    public void ABracketOpenedInTheClippedMiddleDoesNotCloseInTheTail()
    {
        var clipped = TextClip.ClipMiddle("Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)", 80);

        Assert.EndsWith("địa điểm kinh doanh", clipped, StringComparison.Ordinal);
    }

    [Fact]
    public void AClippedNameKeepsTheNegationOfItsEndAndTheBracketItsStartOpened()
    {
        // Cut at a word, the end read "thuộc lực lượng vũ trang nhân dân": the opposite of the name.
        var clipped = TextClip.ClipMiddle("Hỗ trợ cơ sở sản xuất bị thiệt hại do dịch bệnh động vật (cơ sở sản xuất không thuộc lực lượng vũ trang nhân dân)", 110);

        Assert.EndsWith("không thuộc lực lượng vũ trang nhân dân)", clipped, StringComparison.Ordinal);
        Assert.StartsWith("Hỗ trợ cơ sở sản xuất bị thiệt hại do dịch bệnh động vật (", clipped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lập hồ sơ theo quy định tại mục", "Lập hồ sơ theo quy định")]
    [InlineData("Đề nghị cấp IDP theo mẫu quy định tại", "Đề nghị cấp IDP theo mẫu quy định")]
    [InlineData("a) Nộp hồ sơ TTHC", "Nộp hồ sơ TTHC")]
    [InlineData("Tờ khai thay đổi thông tin cư trú (Mẫu CT01", "Tờ khai thay đổi thông tin cư trú (Mẫu CT01)")]
    [InlineData("Giấy khai sinh (bản sao)", "Giấy khai sinh (bản sao)")]
    public void ALineTheSourceBrokeOffReadsAsAWholeLine(string line, string expected)
    {
        Assert.Equal(expected, TextClip.Tidy(line));
    }
}
