using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Bot.Tests.Bot.Browser;

/// <summary>
/// Debian's headless Chromium started once through Playwright and shared by the tests of one class; each test opens
/// its own context, so no cookies, storage or conversation leak between tests. Playwright's driver comes from the
/// NuGet package's build output (<c>.playwright</c>) and the browser from the system: nothing is ever downloaded.
/// A missing browser fails the tests with the install command instead of skipping them.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    // Generous because CI machines are shared and the real assistant opens its index on the first question.
    private const float WaitMilliseconds = 45_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"Headless Chromium not found at {ExecutablePath}. Install it with 'apt-get install -y chromium' (.ci/run does) or set CHROMIUM_PATH.");
        Assertions.SetDefaultExpectTimeout(WaitMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
    }

    /// <summary>
    /// A fresh context on the given screen. Script errors and console errors go to the test's output, so a failing
    /// step shows what the page complained about.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions screen, ITestOutputHelper output)
    {
        var context = await _browser!.NewContextAsync(screen);
        context.SetDefaultTimeout(WaitMilliseconds);
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Report(output, "console.error: " + message.Text);
            }
        };
        context.WebError += (_, error) => Report(output, "page error: " + error.Error);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static void Report(ITestOutputHelper output, string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has already finished; a late message from a closing page has nowhere to go.
        }
    }
}
