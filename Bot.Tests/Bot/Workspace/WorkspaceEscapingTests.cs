using System.Net;
using global::KnowledgeBase.Feedback;

namespace Bot.Tests.Bot.Workspace;

/// <summary>Text citizens and editors typed is shown as text on every workspace page, never as markup.</summary>
public sealed class WorkspaceEscapingTests : IDisposable
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private readonly WorkspaceHost _host = new();

    [Fact]
    public async Task AQuestionAndAnAliasCarryingMarkupAreEscapedOnEveryWorkspacePage()
    {
        using (var log = new FeedbackLog(_host.FeedbackFolder))
        {
            await log.AppendAsync(WorkspaceInboxTests.Unanswered(Hostile + " đánh rơi thẻ chip", new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero), "webchat"), CancellationToken.None);
            await log.AppendAsync(WorkspaceInboxTests.Unanswered(Hostile + " giá vàng", new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero), "webchat"), CancellationToken.None);
        }

        using var client = await _host.SignedInClientAsync();
        var keys = await WorkspaceInboxTests.KeysAsync(client);
        using var attached = await WorkspaceInboxTests.PostAsync(client, "Alias", new() { ["Key"] = keys.Single(k => k.Contains("chip", StringComparison.Ordinal)), ["Code"] = "1.014064", ["Alias"] = Hostile + " thẻ chip", ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);

        foreach (var route in WorkspaceAccessTests.WorkspaceRoutes(_host.Services).Where(r => !r.Contains('{', StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }

        var audit = await client.GetStringAsync(new Uri("/bien-tap/nhat-ky", UriKind.Relative));
        Assert.Contains("&lt;script&gt;", audit, StringComparison.Ordinal);
        var inbox = await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative));
        Assert.Contains("&lt;script&gt;", inbox, StringComparison.Ordinal);

        // The confirmation an attachment waits on, and the row search's results, repeat the question, the alias and the query.
        var gold = keys.Single(k => k.Contains("vang", StringComparison.Ordinal));
        using var confirmation = await WorkspaceInboxTests.PostAsync(client, "Alias", new() { ["Key"] = gold, ["Code"] = "1.014064", ["Alias"] = Hostile });
        var search = await client.GetStringAsync(new Uri($"/bien-tap/hop-thu?muc={Uri.EscapeDataString(gold)}&tim={Uri.EscapeDataString(Hostile + " căn cước")}", UriKind.Relative));
        foreach (var html in new[] { await confirmation.Content.ReadAsStringAsync(), search })
        {
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    public void Dispose() => _host.Dispose();
}
