using Bot.Tests.Bot.Browser;
using Bot.Tests.Bot.LiveHost;
using Bot.Tests.Bot.Support;
using global::KnowledgeBase.Feedback;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Bot.Tests.Bot.Workspace;

/// <summary>The real assistant on Kestrel with the workspace on, one editor account and its own feedback folder.</summary>
public sealed class LiveWorkspaceHost : LiveBotHost
{
    private readonly TempFolder _folder = new();

    public LiveWorkspaceHost()
    {
        With("Editors:Accounts:0:Name", WorkspaceHost.EditorName);
        With("Editors:Accounts:0:PasswordHash", new PasswordHasher<object>().HashPassword(new object(), WorkspaceHost.Password));
        With("Editors:KeysPath", Path.Combine(_folder.Path, "keys"));
        With("Bot:FeedbackPath", FeedbackFolder);
    }

    public string FeedbackFolder => Path.Combine(_folder.Path, "feedback");

    protected override bool UseRealBot => true;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}

/// <summary>An editor's session in headless Chromium: the pages work under the site's CSP and cookie rules without any script.</summary>
public sealed class WorkspaceBrowserTests(LiveWorkspaceHost host, ChromiumBrowser browser, ITestOutputHelper output)
    : IClassFixture<LiveWorkspaceHost>, IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task AnEditorSignsInOpensTheInboxDismissesAnItemAndSignsOut()
    {
        using (var log = new FeedbackLog(host.FeedbackFolder))
        {
            await log.AppendAsync(WorkspaceInboxTests.Unanswered("thử nghiệm trình duyệt", host.Time.GetUtcNow().AddDays(-1), "kiosk"), CancellationToken.None);
        }

        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };

        await page.GotoAsync(new Uri(host.BaseAddress, "/bien-tap/hop-thu").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/bien-tap/dang-nhap"));
        await page.FillAsync("#Name", WorkspaceHost.EditorName);
        await page.FillAsync("#Password", WorkspaceHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        var item = page.Locator("li[data-testid=inbox-item]", new() { HasText = "thử nghiệm trình duyệt" });
        await Expect(item).ToBeVisibleAsync();
        await Expect(item.Locator("[data-testid=current-reply]")).ToContainTextAsync("Trợ lý hiện trả lời");
        await Expect(page.GetByTestId("editor-name")).ToHaveTextAsync(WorkspaceHost.EditorName);
        await item.GetByRole(AriaRole.Button, new() { Name = "Bỏ qua" }).ClickAsync();
        await Expect(page.GetByTestId("inbox-done")).ToContainTextAsync("Đã bỏ qua mục này.");
        await Expect(page.GetByTestId("inbox-empty")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page.GetByText("Bạn đã đăng xuất.")).ToBeVisibleAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/bien-tap").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/bien-tap/dang-nhap"));
        Assert.Empty(problems);
    }
}
