using System.Diagnostics;
using System.Text.RegularExpressions;
using Bot.Tests.Bot.Browser;
using Bot.Tests.Bot.LiveHost;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Bot.Tests.Bot.WebPages;

/// <summary>The real assistant behind the real Web Chat: what a citizen sees on the website, on a phone held upright (390 px, touch) and at the kiosk.</summary>
public sealed class AssistantInBrowserTests(LiveAssistantHost host, ChromiumBrowser browser, ITestOutputHelper output)
    : IClassFixture<LiveAssistantHost>, IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task FeeQuestionOnTheWebsiteIsAnsweredWithTheRightProcedureAndFeedbackChoices()
    {
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        var chat = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/"));

        var clock = Stopwatch.StartNew();
        await chat.AskAsync("Đăng ký thường trú hết bao nhiêu tiền?");
        await Expect(chat.Conversation).ToContainTextAsync("20.000 đồng");
        var cold = clock.ElapsedMilliseconds;
        clock.Restart();
        await chat.AskAsync("đăng ký khai sinh cần giấy tờ gì");
        await Expect(chat.Conversation).ToContainTextAsync("Giấy chứng sinh");
        output.WriteLine($"Real bot answer on screen after {cold} ms (first turn, cold) and {clock.ElapsedMilliseconds} ms (second turn)");

        await Expect(chat.Conversation).ToContainTextAsync("Đăng ký thường trú");
        await Expect(chat.Conversation.GetByRole(AriaRole.Link, new() { Name = "Nguồn" }).First).ToHaveAttributeAsync("href", new Regex("^https?://"));
        await chat.Choice("Hữu ích").ClickAsync();
        await Expect(chat.Conversation).ToContainTextAsync("Cảm ơn bạn đã đánh giá!");
    }

    [Fact]
    public async Task KioskTopicIsAnsweredAndTheChecklistOfThatProcedurePrints()
    {
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        await KioskSpies.InstallAsync(context);
        var kiosk = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/kiosk"));
        await Expect(kiosk.MessageBox).ToBeEnabledAsync();

        await kiosk.Button("Khai sinh").ClickAsync();

        await Expect(kiosk.Conversation).ToContainTextAsync("đăng ký khai sinh");
        await Expect(kiosk.Choice("Hữu ích")).ToBeInViewportAsync();
        await KioskSpies.WaitUntilSpokenAsync(kiosk.Page);
        await kiosk.Button("In danh sách giấy tờ").ClickAsync();
        await KioskSpies.WaitUntilPrintedAsync(kiosk.Page);
        await Expect(kiosk.Page.Locator("#kiosk-checklist-name")).ToContainTextAsync("khai sinh", new() { IgnoreCase = true });
        await Expect(kiosk.Page.Locator("#kiosk-checklist-documents")).ToHaveTextAsync(new Regex(@"\S"));
    }

    [Fact]
    public async Task KioskSourceLinkKeepsTheCitizenOnTheKioskAndSaysWhy()
    {
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        var kiosk = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/kiosk"));
        await kiosk.Button("Khai sinh").ClickAsync();
        await Expect(kiosk.Conversation).ToContainTextAsync("đăng ký khai sinh");

        await kiosk.Conversation.GetByRole(AriaRole.Link, new() { Name = "Nguồn" }).First.ClickAsync();

        await Expect(kiosk.Page.Locator("#kiosk-link-notice")).ToBeVisibleAsync();
        Assert.Single(context.Pages);
        Assert.EndsWith("/kiosk", kiosk.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KioskTopicTappedBeforeTheChatHasConnectedIsStillAnswered()
    {
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        var kiosk = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/kiosk"));

        // Tapped as soon as the topics are on screen, without waiting for the conversation: the tap must not be lost.
        await kiosk.Button("Kết hôn").ClickAsync();

        await Expect(kiosk.Conversation).ToContainTextAsync("đăng ký kết hôn");
    }

    [Fact]
    public async Task CitizenOnAPhoneAsksAQuestionAndTheAnswerFitsTheScreen()
    {
        await using var context = await browser.NewContextAsync(Screens.Phone, output);
        var chat = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/"));
        await Expect(chat.MessageBox).ToBeInViewportAsync();
        await Expect(chat.SendButton).ToBeInViewportAsync();

        await chat.MessageBox.TapAsync();
        await chat.MessageBox.FillAsync("Đăng ký thường trú hết bao nhiêu tiền?");
        await chat.SendButton.TapAsync();

        var answer = chat.Message("20.000 đồng");
        await Expect(answer).ToBeInViewportAsync();
        await Expect(chat.Choice("Hữu ích")).ToBeInViewportAsync();
        await Expect(chat.MessageBox).ToBeInViewportAsync();
        await Expect(chat.MessageBox).ToBeEmptyAsync();
        var box = await answer.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.X + box.Width, 0, Screens.PhoneWidth);
        Assert.True(await chat.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page must not scroll sideways on a phone");
        Assert.True(await answer.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "the answer must not be cut off on the right");
    }

    [Fact]
    public async Task KioskOnAPhoneAlwaysLeavesSomethingToTapAfterAnAnswer()
    {
        await using var context = await browser.NewContextAsync(Screens.Phone, output);
        var kiosk = await ChatScreen.OpenAsync(context, new Uri(host.BaseAddress, "/kiosk?speech=0"));

        await kiosk.Button("Thường trú").TapAsync();
        await Expect(kiosk.Conversation).ToContainTextAsync("thường trú");
        await Expect(kiosk.Choice("Hữu ích")).ToBeInViewportAsync();
        await Expect(kiosk.Button("↺ Bắt đầu lại")).ToBeInViewportAsync();

        await kiosk.MessageBox.TapAsync();
        await kiosk.AskAsync("đăng ký khai sinh cần giấy tờ gì");
        await Expect(kiosk.Conversation).ToContainTextAsync("Giấy chứng sinh");
        await Expect(kiosk.Choice("Hữu ích")).ToBeInViewportAsync();
        await Expect(kiosk.Button("In danh sách giấy tờ")).ToBeInViewportAsync();
    }
}
