using System.Diagnostics;
using System.Globalization;
using Bot.Tests.Bot.Browser;
using Bot.Tests.Bot.LiveHost;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Bot.Tests.Bot.WebPages;

/// <summary>The real Web Chat bundle in headless Chromium against the host's own Direct Line endpoint.</summary>
public sealed class WebChatBrowserTests(LivePagesHost host, ChromiumBrowser browser, ITestOutputHelper output)
    : IClassFixture<LivePagesHost>, IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task CitizenTypesAQuestionOnTheWebChatPageAndSeesTheAnswer()
    {
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        var chat = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/"));
        await Expect(chat.Conversation).ToContainTextAsync(EchoTestBot.Welcome);

        var latencies = new List<string>();
        foreach (var question in new[] { "làm lại căn cước cần gì", "mất bao lâu", "nộp ở đâu", "lệ phí bao nhiêu" })
        {
            var clock = Stopwatch.StartNew();
            await chat.AskAsync(question);
            await Expect(chat.Message("Bạn hỏi: " + question)).ToBeVisibleAsync();
            latencies.Add(clock.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
        }

        // The 300 ms target is reported, not asserted: shared CI machines make wall-clock assertions flaky. The figure
        // includes Playwright's own round trips to the browser.
        output.WriteLine($"Type-send-and-see-the-reply (ms): {string.Join(", ", latencies)}");
        await Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(chat.Page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Trung tâm Phục vụ hành chính công Hà Nội");
        await Expect(chat.Choice("Hỏi tiếp")).ToBeVisibleAsync();
        await Expect(chat.Message("Bạn hỏi: lệ phí bao nhiêu").Locator("strong")).ToHaveTextAsync("lệ phí bao nhiêu");
    }

    [Fact]
    public async Task KioskTopicButtonAsksTheBotAndReadsTheAnswerAloud()
    {
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        await KioskSpies.InstallAsync(context);
        var kiosk = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/kiosk"));
        await Expect(kiosk.Conversation).ToContainTextAsync(EchoTestBot.Welcome);
        await Expect(kiosk.MessageBox).ToBeEnabledAsync();
        var topics = kiosk.Page.GetByRole(AriaRole.Region, new() { Name = "Chạm vào thủ tục bạn cần hỏi" }).GetByRole(AriaRole.Button);
        var question = await topics.First.GetAttributeAsync("data-question");

        await topics.First.ClickAsync();

        await Expect(kiosk.Message("Bạn hỏi: " + question)).ToBeVisibleAsync();
        await KioskSpies.WaitUntilSpokenAsync(kiosk.Page, "Bạn hỏi: " + question);
        Assert.True(await topics.CountAsync() >= 8, "the kiosk offers at least eight topics to tap");
    }

    [Fact]
    public async Task KioskStartsAFreshConversationAfterTheIdleTime()
    {
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        await KioskSpies.InstallAsync(context);
        var page = await context.NewPageAsync();
        // The page runs on Playwright's clock, so the test moves time past the idle limit instead of waiting for it.
        await page.Clock.InstallAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/kiosk?idle=60&speech=0").ToString());
        var kiosk = new ChatScreen(page);
        await Expect(kiosk.Conversation).ToContainTextAsync(EchoTestBot.Welcome);
        var firstConversation = await page.Locator("body").GetAttributeAsync("data-conversation-id");

        await kiosk.AskAsync("câu hỏi riêng của công dân trước");
        await Expect(kiosk.Message("Bạn hỏi: câu hỏi riêng của công dân trước")).ToBeVisibleAsync();
        // From here the page's time moves only when the test moves it: 51 s untouched of the 60 s the address asks for.
        var now = await page.EvaluateAsync<long>("() => Date.now()");
        await page.Clock.PauseAtAsync(DateTimeOffset.FromUnixTimeMilliseconds(now + 1000).UtcDateTime);
        await page.Clock.FastForwardAsync("00:50");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Màn hình sẽ bắt đầu lại");
        await Expect(kiosk.Conversation).ToContainTextAsync("câu hỏi riêng của công dân trước");
        await page.Clock.FastForwardAsync("00:10");
        // Past the limit; time runs again so the fresh Web Chat can render.
        await page.Clock.ResumeAsync();

        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("data-conversation-id", firstConversation!);
        await Expect(kiosk.Conversation).ToContainTextAsync(EchoTestBot.Welcome);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("câu hỏi riêng của công dân trước");
        await Expect(page.GetByRole(AriaRole.Status)).ToBeHiddenAsync();
        Assert.Equal(0, await KioskSpies.SpokenCountAsync(page));
    }

    [Fact]
    public async Task KioskPrintsTheChecklistOfTheProcedureUnderDiscussion()
    {
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        await KioskSpies.InstallAsync(context);
        var kiosk = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/kiosk?speech=0"));
        await Expect(kiosk.Conversation).ToContainTextAsync(EchoTestBot.Welcome);

        // The test bot quotes the question, so its answer links the procedure page as a real answer's source link does.
        await kiosk.AskAsync("xem /thu-tuc/1.014061");
        await Expect(kiosk.Message("Bạn hỏi: xem /thu-tuc/1.014061")).ToBeVisibleAsync();
        await kiosk.Button("In danh sách giấy tờ").ClickAsync();

        await KioskSpies.WaitUntilPrintedAsync(kiosk.Page);
        await Expect(kiosk.Page.Locator("#kiosk-checklist-name")).ToHaveTextAsync("Cấp lại thẻ căn cước");
        await Expect(kiosk.Page.Locator("#kiosk-checklist-documents")).ToContainTextAsync("Tờ khai — 1 bản chính");
    }
}
