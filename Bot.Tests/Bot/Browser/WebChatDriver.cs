using System.Globalization;
using System.Text.Json;

namespace Bot.Tests.Bot.Browser;

/// <summary>What a citizen does with Web Chat in a real tab: wait for text, type a question and send it, tap buttons.</summary>
public sealed class WebChatDriver(CdpPage page)
{
    private const string SendBox = "(document.querySelector('[data-id=\"webchat-sendbox-input\"]') || document.querySelector('.webchat__send-box-text-box__input'))";

    public CdpPage Page { get; } = page;

    public static string Js(string value) => JsonSerializer.Serialize(value);

    public Task WaitForTextAsync(string text, string what) =>
        Page.WaitForAsync($"document.body.innerText.includes({Js(text)})", CdpPage.DefaultWait, what);

    public Task WaitForChatReadyAsync() =>
        Page.WaitForAsync($"{SendBox} && !{SendBox}.disabled", CdpPage.DefaultWait, "the Web Chat send box");

    /// <summary>
    /// Types into the send box like a keyboard would, presses send, and returns the milliseconds (browser clock) until
    /// <paramref name="expectedReply"/> is on screen.
    /// </summary>
    public async Task<double> AskAsync(string question, string expectedReply)
    {
        await WaitForChatReadyAsync();
        await Page.EvaluateAsync($"{SendBox}.focus()");
        await Page.SendAsync("Input.insertText", new { text = question });
        await Page.WaitForAsync($"{SendBox}.value === {Js(question)}", CdpPage.DefaultWait, "the typed question in the send box");
        var limit = (int)CdpPage.DefaultWait.TotalMilliseconds;
        var elapsed = await Page.EvaluateAsync($$"""
            new Promise((resolve, reject) => {
              const expected = {{Js(expectedReply)}};
              const started = performance.now();
              const done = () => document.body.innerText.includes(expected);
              const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(performance.now() - started); } });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
              const button = document.querySelector('.webchat__send-button');
              if (button) { button.click(); } else { reject(new Error('send button not found')); }
              setTimeout(() => { observer.disconnect(); reject(new Error('no reply on screen within {{limit}} ms')); }, {{limit}});
            })
            """);
        return double.Parse(elapsed!.ToJsonString(), CultureInfo.InvariantCulture);
    }
}
