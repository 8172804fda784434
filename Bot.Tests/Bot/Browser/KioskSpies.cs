using Microsoft.Playwright;

namespace Bot.Tests.Bot.Browser;

/// <summary>Records what the kiosk would read aloud and print, instead of using speakers and a printer.</summary>
public static class KioskSpies
{
    private const string Script = """
        window.__spoken = [];
        window.__printed = 0;
        if (window.speechSynthesis) { window.speechSynthesis.speak = (u) => window.__spoken.push(u.text); }
        window.print = () => { window.__printed++; };
        """;

    /// <summary>Installs the spies before any page script runs, on every page of <paramref name="context"/>.</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    public static Task WaitUntilSpokenAsync(IPage page) => page.WaitForFunctionAsync("() => window.__spoken.length > 0");

    public static Task WaitUntilSpokenAsync(IPage page, string text) =>
        page.WaitForFunctionAsync("text => window.__spoken.includes(text)", text);

    public static Task WaitUntilPrintedAsync(IPage page) => page.WaitForFunctionAsync("() => window.__printed === 1");

    public static Task<int> SpokenCountAsync(IPage page) => page.EvaluateAsync<int>("() => window.__spoken.length");
}
