using System.Net;
using System.Text.Json.Nodes;
using Bot.Tests.Bot.LiveHost;

namespace Bot.Tests.Bot.WebPages;

public sealed class ProcedurePageTests : IClassFixture<LivePagesHost>
{
    private readonly HttpClient _http;

    public ProcedurePageTests(LivePagesHost host) => _http = host.CreateHttpClient();

    [Fact]
    public async Task ProcedurePageShowsNameDocumentsFeeAndSourceInVietnamese()
    {
        using var response = await _http.GetAsync(new Uri("/thu-tuc/1.014061", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Cấp lại thẻ căn cước – Trung tâm Phục vụ hành chính công Hà Nội</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Thành phần hồ sơ</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Tờ khai — 1 bản chính", html, StringComparison.Ordinal);
        Assert.Contains("Lệ phí : 70000 Đồng", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://dichvucong.gov.vn/\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", await _http.GetStringAsync(new Uri("/css/procedure.css", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcedurePageLinksTheSameProcedureAtItsOtherLevels()
    {
        // The bot fixture holds "Cấp lại thẻ căn cước" at cấp xã, cấp tỉnh and cấp trung ương: one family.
        using var factory = new global::Bot.Tests.Bot.Support.BotHostFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/thu-tuc/1.014064", UriKind.Relative));

        Assert.Contains("<th scope=\"row\">Cùng thủ tục, nơi khác</th>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/thu-tuc/2.001194\">Cấp tỉnh (mã thủ tục 2.001194)</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/thu-tuc/1.000757\">Cấp bộ (mã thủ tục 1.000757)</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/thu-tuc/1.014064\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCodeGetsAVietnameseNotFoundPage()
    {
        using var response = await _http.GetAsync(new Uri("/thu-tuc/9.999999", UriKind.Relative));
        using var hostile = await _http.GetAsync(new Uri("/thu-tuc/%3Cscript%3E", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy thủ tục", html, StringComparison.Ordinal);
        Assert.Contains("9.999999", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hostile.StatusCode);
        Assert.DoesNotContain("<script>", await hostile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInContentIsShownAsTextAndScriptLinksAreDropped()
    {
        var html = await _http.GetStringAsync(new Uri("/thu-tuc/2.000001", UriKind.Relative));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://dichvucong.gov.vn/p/home\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChecklistListsTheDocumentsToBring()
    {
        var json = JsonNode.Parse(await _http.GetStringAsync(new Uri("/api/procedures/1.014061/checklist", UriKind.Relative)))!;
        using var missing = await _http.GetAsync(new Uri("/api/procedures/9.999999/checklist", UriKind.Relative));

        Assert.Equal("Cấp lại thẻ căn cước", (string)json["name"]!);
        Assert.Equal(["Tờ khai — 1 bản chính"], json["documents"]!.AsArray().Select(d => (string)d!));
        Assert.Equal("Lệ phí : 70000 Đồng", (string)json["channels"]![0]!["fee"]!);
        Assert.Equal("/thu-tuc/1.014061", (string)json["pageUrl"]!);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task WebChatTokenEndpointOpensAConversationWithoutRevealingTheSecret()
    {
        using var response = await _http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(text)!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new("Bearer", (string)json["token"]!);
        using var started = await _http.SendAsync(start);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(LiveBotHost.Secret, text, StringComparison.Ordinal);
        Assert.StartsWith("dl_", (string)json["userId"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Contains((string)json["conversationId"]!, await started.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesAreServedWithTheWebChatBundle()
    {
        var index = await _http.GetStringAsync(new Uri("/", UriKind.Relative));
        var kiosk = await _http.GetStringAsync(new Uri("/kiosk", UriKind.Relative));
        using var bundle = await _http.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));

        Assert.Contains("Trung tâm Phục vụ hành chính công Hà Nội", index, StringComparison.Ordinal);
        Assert.Contains("/lib/webchat.js", index, StringComparison.Ordinal);
        Assert.Contains("Chạm vào thủ tục bạn cần hỏi", kiosk, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 500_000, "webchat.js should be the full Web Chat bundle copied from npm by the build");
    }
}
