using System.Net;
using global::KnowledgeBase.Feedback;

namespace Bot.Tests.Bot.Workspace;

public sealed class WorkspaceAuditLogTests : IDisposable
{
    private readonly WorkspaceHost _host = new();

    [Fact]
    public async Task TheAuditLogShowsWhoChangedWhichFileAndTheLinesThatChanged()
    {
        using (var log = new FeedbackLog(_host.FeedbackFolder))
        {
            await log.AppendAsync(WorkspaceInboxTests.Unanswered("đánh rơi thẻ chip", new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero), "webchat"), CancellationToken.None);
        }

        using var client = await _host.SignedInClientAsync();
        var empty = await client.GetStringAsync(new Uri("/bien-tap/nhat-ky", UriKind.Relative));
        var key = Assert.Single(WorkspaceInboxTests.Keys(await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative))));
        using var attached = await WorkspaceInboxTests.PostAsync(client, "Alias", new() { ["Key"] = key, ["Code"] = "1.014064", ["Alias"] = "đánh rơi thẻ chip" });

        var html = await client.GetStringAsync(new Uri("/bien-tap/nhat-ky", UriKind.Relative));
        var rows = html.Split("<tr data-testid=\"audit-entry\">").Skip(1).ToList();

        Assert.Contains("Chưa có thay đổi nào được ghi lại.", empty, StringComparison.Ordinal);
        Assert.Equal(2, rows.Count);
        Assert.Contains("Thêm ca kiểm thử hồi quy", rows[0], StringComparison.Ordinal);
        Assert.Contains("regressions.jsonl", rows[0], StringComparison.Ordinal);
        Assert.Contains("Thêm tên gọi khác", rows[1], StringComparison.Ordinal);
        Assert.Contains("<td>Biên tập viên</td>", rows[1], StringComparison.Ordinal);
        Assert.Contains("procedures/1.014064.md", rows[1], StringComparison.Ordinal);
        Assert.Contains("<li class=\"ws-added\">+ 15: - đánh rơi thẻ chip</li>", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("ws-removed", rows[1], StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
