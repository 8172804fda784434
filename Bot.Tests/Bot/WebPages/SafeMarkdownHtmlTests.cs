using Bot.WebPages;

namespace Bot.Tests.Bot.WebPages;

public sealed class SafeMarkdownHtmlTests
{
    [Fact]
    public void RawHtmlIsShownAsTextAndOnlyWebLinksSurvive()
    {
        var html = SafeMarkdownHtml.Render(
            "- Bước 1: <script>alert('x')</script> nộp\n- xem [hướng dẫn](javascript:alert(1)) và [cổng](https://dichvucong.gov.vn/p/home)\n\n<div onclick=\"x()\">khối</div>\n");

        Assert.True(!html.Contains("<script", StringComparison.Ordinal) && !html.Contains("<div", StringComparison.Ordinal), html);
        Assert.True(html.Contains("&lt;script&gt;", StringComparison.Ordinal), html);
        Assert.True(!html.Contains("javascript:", StringComparison.OrdinalIgnoreCase), html);
        Assert.True(html.Contains("<a href=\"https://dichvucong.gov.vn/p/home\">cổng</a>", StringComparison.Ordinal), html);
    }
}
