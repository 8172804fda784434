using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using KnowledgeBase.Configuration;

namespace Bot.Benchmarks.Load;

/// <summary>
/// Bot instances as separate processes, each as cold as a freshly deployed one (its own JIT, caches and thread
/// pool), started from the built <c>Bot.dll</c> in Production with the given settings; sharing state through Redis
/// when it is configured. Traffic is sent only once each instance's readiness endpoint says ready, as a balancer does.
/// </summary>
internal sealed class ChildInstances : IAsyncDisposable
{
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromMinutes(3);
    private readonly List<Process> _processes = [];

    private ChildInstances()
    {
    }

    public List<Uri> Addresses { get; } = [];

    public static async Task<ChildInstances> StartAsync(int count, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var botDll = BotDll();
        var instances = new ChildInstances();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var address = new Uri($"http://127.0.0.1:{FreePort()}/");
                var start = new ProcessStartInfo("dotnet", [botDll])
                {
                    WorkingDirectory = AssistantPaths.BaseDirectory,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
                start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
                start.Environment["Bot__AllowAnonymousMessages"] = "true";
                foreach (var (key, value) in settings)
                {
                    start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
                }

                var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + botDll);
                // Drained so a chatty instance never blocks on a full pipe.
                process.OutputDataReceived += (_, _) => { };
                process.ErrorDataReceived += (_, e) =>
                {
                    if (!string.IsNullOrEmpty(e.Data))
                    {
                        Console.Error.WriteLine($"[instance {address.Port}] {e.Data}");
                    }
                };
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                instances._processes.Add(process);
                instances.Addresses.Add(address);
            }

            var started = Stopwatch.StartNew();
            await Task.WhenAll(instances.Addresses.Select(address => WaitUntilReadyAsync(address, cancellationToken)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} instance processes ready {started.Elapsed.TotalSeconds:F1} s after start: {string.Join(", ", instances.Addresses)}"));
            return instances;
        }
        catch
        {
            await instances.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Resident memory of each instance now, in MB; on Linux with its anonymous part (heaps) and its file-backed part
    /// (the memory-mapped index and the loaded assemblies, which the kernel can drop and read again).
    /// </summary>
    public IEnumerable<string> ResidentMemory() => _processes.Select(process =>
    {
        process.Refresh();
        var total = (process.WorkingSet64 / (1024.0 * 1024.0)).ToString("F0", CultureInfo.InvariantCulture) + " MB";
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status))
        {
            return total;
        }

        var lines = File.ReadAllLines(status);
        return total + $" (anonymous {StatusMegabytes(lines, "RssAnon:")}, file-backed {StatusMegabytes(lines, "RssFile:")})";
    });

    /// <summary>A <c>/proc/PID/status</c> line such as <c>RssAnon:  123456 kB</c>, in MB.</summary>
    private static string StatusMegabytes(string[] lines, string key)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var kilobytes = line?[key.Length..].Trim().Split(' ')[0];
        return long.TryParse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? (kb / 1024.0).ToString("F0", CultureInfo.InvariantCulture)
            : "?";
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    private static async Task WaitUntilReadyAsync(Uri address, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyLimit;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{address} was not ready within {ReadyLimit.TotalMinutes} minutes");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The Bot built alongside this benchmark (same configuration), as a deployment would run it.</summary>
    private static string BotDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(AssistantPaths.BaseDirectory, "Bot", "bin", configuration, "net10.0", "Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the Bot first (dotnet build Bot -c " + configuration + ")", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
