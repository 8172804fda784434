using KnowledgeBase.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Workspace;

/// <summary>The audit log page at /bien-tap/nhat-ky on the real host.</summary>
public sealed class AuditPageTests : IDisposable
{
    private readonly EditableContent _content = new();
    private readonly WorkspaceHost _host;

    public AuditPageTests() => _host = new WorkspaceHost(_content.Settings);

    [Fact]
    public async Task Every_change_is_listed_with_who_when_which_file_and_the_changed_lines_escaped()
    {
        using var client = await _host.SignedInClientAsync();
        var edits = _host.Services.GetRequiredService<ContentEdits>();
        await edits.AddAliasAsync("1.014064", "làm lại <script>căn cước</script>", "Nguyễn Văn <An>", CancellationToken.None);
        await edits.AddRegressionAsync("làm lại căn cước", "1.014064", null, "Trần Thị Bình", CancellationToken.None);

        var html = await client.GetStringAsync(new Uri("/bien-tap/nhat-ky", UriKind.Relative));

        Assert.Contains("Nguyễn Văn &lt;An&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Bình", html, StringComparison.Ordinal);
        Assert.Contains("Thêm tên gọi khác", html, StringComparison.Ordinal);
        Assert.Contains("content/procedures/1.014064.md", html, StringComparison.Ordinal);
        Assert.Contains("+ - làm lại &lt;script&gt;căn cước&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>căn cước", html, StringComparison.Ordinal);
        Assert.Contains("09:00:00 06/12/2026", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _content.Dispose();
    }
}
