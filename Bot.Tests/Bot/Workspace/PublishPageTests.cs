using System.Net;
using KnowledgeBase.Editing;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Workspace;

/// <summary>The publish page at /bien-tap/xuat-ban on the real host: pending changes, publish, history, rollback.</summary>
public sealed class PublishPageTests : IDisposable
{
    private const string Page = "/bien-tap/xuat-ban";
    private readonly EditableContent _content = new();
    private readonly WorkspaceHost _host;

    public PublishPageTests() => _host = new WorkspaceHost(_content.Settings);

    private static async Task<string> PostAsync(HttpClient client, string handler)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await WorkspaceHost.AntiforgeryTokenAsync(client, Page) });
        using var response = await client.PostAsync(new Uri($"{Page}?handler={handler}", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private string? Top(string question) =>
        _host.Services.GetRequiredService<IProcedureSearch>().Search(new SearchRequest(question)) is [var top, ..] ? top.Procedure.Code : null;

    [Fact]
    public async Task An_edit_is_listed_as_pending_published_in_one_click_and_rolled_back_in_one_click()
    {
        using var client = await _host.SignedInClientAsync();
        // The fixture index predates content-files.json: a first publish starts the record.
        Assert.Contains("Đã xuất bản bản", await PostAsync(client, "Publish"), StringComparison.Ordinal);
        var first = IndexLayout.ReadCurrent(_content.IndexPath);
        await _host.Services.GetRequiredService<ContentEdits>().AddAliasAsync("1.014064", "cấp thẻ xanh lá", "An", CancellationToken.None);
        Assert.NotEqual("1.014064", Top("xin cấp thẻ xanh lá"));

        var pending = await client.GetStringAsync(new Uri(Page, UriKind.Relative));
        var published = await PostAsync(client, "Publish");

        Assert.Contains("href=\"/bien-tap/thu-tuc/1.014064\">Thủ tục 1.014064</a>", pending, StringComparison.Ordinal);
        Assert.Contains("Đã xuất bản bản", published, StringComparison.Ordinal);
        Assert.Contains("Không có thay đổi nào chưa xuất bản", published, StringComparison.Ordinal);
        Assert.Contains(WorkspaceHost.EditorName, published, StringComparison.Ordinal);
        Assert.Equal("1.014064", Top("xin cấp thẻ xanh lá"));

        var rolledBack = await PostAsync(client, "Rollback");

        Assert.Contains($"Đã quay lại bản <strong>{first}</strong>", rolledBack, StringComparison.Ordinal);
        Assert.Equal(first, IndexLayout.ReadCurrent(_content.IndexPath));
        Assert.NotEqual("1.014064", Top("xin cấp thẻ xanh lá"));
        Assert.Contains("Thủ tục 1.014064", rolledBack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_that_breaks_an_earlier_fix_is_refused_in_vietnamese_with_the_question()
    {
        using var client = await _host.SignedInClientAsync();
        await _host.Services.GetRequiredService<ContentEdits>().AddRegressionAsync("đăng ký kết hôn <b>ngay</b>", "1.001193", null, "An", CancellationToken.None);
        var before = IndexLayout.ReadCurrent(_content.IndexPath);

        var html = await PostAsync(client, "Publish");

        Assert.Contains("Không xuất bản: thay đổi này làm hỏng 1 câu hỏi đã được sửa trước đây", html, StringComparison.Ordinal);
        Assert.Contains("“đăng ký kết hôn &lt;b&gt;ngay&lt;/b&gt;” cần ra thủ tục 1.001193", html, StringComparison.Ordinal);
        Assert.Equal(before, IndexLayout.ReadCurrent(_content.IndexPath));
    }

    [Fact]
    public async Task A_publish_while_another_host_builds_says_so()
    {
        using var client = await _host.SignedInClientAsync();
        var token = await WorkspaceHost.AntiforgeryTokenAsync(client, Page);

        using var held = new FileStream(Path.Combine(_content.IndexPath, IndexLayout.LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync(new Uri($"{Page}?handler=Publish", UriKind.Relative), form);

        Assert.Contains("Đang có một lần xuất bản khác chạy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _content.Dispose();
    }
}
