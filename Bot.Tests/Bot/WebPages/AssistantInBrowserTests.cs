using Bot.Tests.Bot.Browser;
using Bot.Tests.Bot.LiveHost;
using Xunit.Abstractions;

namespace Bot.Tests.Bot.WebPages;

/// <summary>The real assistant behind the real Web Chat: what a citizen sees on the website and the kiosk.</summary>
public sealed class AssistantInBrowserTests : IClassFixture<LiveAssistantHost>, IAsyncLifetime
{
    private const string Spies = """
        window.__spoken = [];
        window.__printed = 0;
        if (window.speechSynthesis) { window.speechSynthesis.speak = (u) => window.__spoken.push(u.text); }
        window.print = () => { window.__printed++; };
        """;

    private readonly LiveAssistantHost _host;
    private readonly ITestOutputHelper _output;
    private HeadlessChromium? _browser;

    public AssistantInBrowserTests(LiveAssistantHost host, ITestOutputHelper output)
    {
        _host = host;
        _output = output;
    }

    public async Task InitializeAsync() => _browser = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }

    [Fact]
    public async Task FeeQuestionOnTheWebsiteIsAnsweredWithTheRightProcedureAndFeedbackChoices()
    {
        await using var page = await _browser!.NewPageAsync();
        var chat = new WebChatDriver(page);
        await page.NavigateAsync(new Uri(_host.BaseAddress, "/"));
        await chat.WaitForChatReadyAsync();

        var elapsed = await chat.AskAsync("Đăng ký thường trú hết bao nhiêu tiền?", "20.000 đồng");

        var warm = await chat.AskAsync("đăng ký khai sinh cần giấy tờ gì", "Giấy chứng sinh");
        _output.WriteLine($"Real bot answer on screen after {elapsed:F0} ms (first turn, cold) and {warm:F0} ms (second turn)");
        await chat.WaitForTextAsync("Đăng ký thường trú", "the procedure's name in the answer");
        await chat.WaitForTextAsync("Hữu ích", "the feedback choices");
        var sourceLinks = await page.TextAsync("Array.from(document.querySelectorAll('.webchat__bubble a[href]')).map(a => a.href).join(' ')");
        Assert.False(string.IsNullOrWhiteSpace(sourceLinks), "the answer should carry a source link");
    }

    [Fact]
    public async Task KioskTopicIsAnsweredAndTheChecklistOfThatProcedurePrints()
    {
        await using var page = await _browser!.NewPageAsync();
        await page.AddInitScriptAsync(Spies);
        var chat = new WebChatDriver(page);
        await page.NavigateAsync(new Uri(_host.BaseAddress, "/kiosk"));
        await chat.WaitForChatReadyAsync();

        await page.EvaluateAsync("Array.from(document.querySelectorAll('.kiosk-topic')).find(b => b.textContent === 'Khai sinh').click()");

        await chat.WaitForTextAsync("đăng ký khai sinh", "the answer about birth registration");
        await page.WaitForAsync("window.__spoken.length > 0", CdpPage.DefaultWait, "the answer read aloud");
        await page.WaitForAsync("!document.getElementById('kiosk-print').hidden", CdpPage.DefaultWait, "the print checklist button");
        await page.EvaluateAsync("document.getElementById('kiosk-print').click()");
        await page.WaitForAsync("window.__printed === 1", CdpPage.DefaultWait, "the print dialog");
        Assert.Contains("khai sinh", (await page.TextAsync("document.getElementById('kiosk-checklist-name').textContent")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.NotEqual("", await page.TextAsync("document.getElementById('kiosk-checklist-documents').textContent"));
    }

    [Fact]
    public async Task KioskTopicTappedBeforeTheChatHasConnectedIsStillAnswered()
    {
        await using var page = await _browser!.NewPageAsync();
        var chat = new WebChatDriver(page);
        await page.NavigateAsync(new Uri(_host.BaseAddress, "/kiosk"));

        // Tapped as soon as the topics are on screen, without waiting for the conversation: the tap must not be lost.
        await page.WaitForAsync("document.querySelectorAll('.kiosk-topic').length > 0", CdpPage.DefaultWait, "the kiosk topics");
        await page.EvaluateAsync("Array.from(document.querySelectorAll('.kiosk-topic')).find(b => b.textContent === 'Kết hôn').click()");

        await chat.WaitForTextAsync("đăng ký kết hôn", "the answer about marriage registration");
    }
}
