using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Bot.Browser;

/// <summary>
/// Debian's headless Chromium driven over the Chrome DevTools Protocol (no browser download, no driver). A missing
/// browser fails the test with the install command instead of skipping it.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly string _profile;
    private readonly int _port;

    private HeadlessChromium(Process process, string profile, int port)
    {
        _process = process;
        _profile = profile;
        _port = port;
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var executable = ExecutablePath;
        Assert.True(File.Exists(executable),
            $"Headless Chromium not found at {executable}. Install it with 'apt-get install -y chromium' (.ci/run does) or set CHROMIUM_PATH.");
        var profile = Directory.CreateTempSubdirectory("assistant-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps", "--no-first-run",
                     "--no-default-browser-check", "--mute-audio", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                     "--window-size=1280,900", $"--user-data-dir={profile}", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        // Chromium writes the port it picked to DevToolsActivePort once it listens.
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartLimit;
        while (true)
        {
            if (File.Exists(portFile) && File.ReadAllLines(portFile) is [var portLine, ..] && int.TryParse(portLine, out var port))
            {
                return new HeadlessChromium(process, profile, port);
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var exited = process.HasExited;
                await new HeadlessChromium(process, profile, 0).DisposeAsync();
                Assert.Fail(exited ? $"Chromium exited with code {process.ExitCode} before opening DevTools." : "Chromium did not open DevTools within 30 s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Opens a new tab and connects to it.</summary>
    public async Task<CdpPage> NewPageAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PutAsync(new Uri($"http://127.0.0.1:{_port}/json/new?about:blank"), null);
        response.EnsureSuccessStatusCode();
        var target = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return await CdpPage.ConnectAsync(new Uri((string)target["webSocketDebuggerUrl"]!));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; the temp folder is cleaned by the OS later.
        }
    }
}
