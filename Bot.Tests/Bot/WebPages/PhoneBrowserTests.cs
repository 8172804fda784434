using Bot.Tests.Bot.Browser;
using Bot.Tests.Bot.LiveHost;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Bot.Tests.Bot.WebPages;

/// <summary>The real assistant on a phone held upright: 390 px wide, touch, mobile layout.</summary>
public sealed class PhoneBrowserTests(LiveAssistantHost host, ChromiumBrowser browser, ITestOutputHelper output)
    : IClassFixture<LiveAssistantHost>, IClassFixture<ChromiumBrowser>
{
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
