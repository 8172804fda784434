using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using KnowledgeBase.Configuration;
using KnowledgeBase.Search;

namespace Bot.Benchmarks.Load;

/// <summary>
/// <c>load</c>: the real assistant on a loopback Kestrel port, driven over <c>/api/messages</c> (expectReplies) and
/// over its own Direct Line (WebSocket stream), first with N conversations and a think time, then saturated (no think
/// time). Prints throughput, p50/p99 and errors per phase and channel; exit code 0 when the targets hold
/// (think-time phases: no errors, p99 ≤ 100 ms; saturation: no errors).
/// </summary>
internal static class LoadCommand
{
    private const double TargetP99Ms = 100;

    /// <summary>The <c>load</c> subcommand: its options, help text and action.</summary>
    public static Command Create(IReadOnlyList<string> messages)
    {
        var (options, read) = LoadOptions.Define();
        var command = new Command("load", "Load test of the whole assistant over HTTP and Direct Line: think-time phases, then saturation (see docs/load.md)");
        foreach (var option in options)
        {
            command.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(read(parse), messages, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(LoadOptions options, IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        var contentPath = AssistantPaths.Resolve("content");
        var indexPath = AssistantPaths.Resolve("data/index");
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var feedback = Path.Combine(Path.GetTempPath(), "assistant-load-feedback-" + Guid.NewGuid().ToString("N")[..8]);
        string? privateIndex = null;
        if (options.SwapIndex)
        {
            // Make sure a published index exists, then work on a private copy of it.
            await using (await BenchmarkHosts.StartAssistantAsync(Settings(contentPath, indexPath, feedback, secret, null), cancellationToken))
            {
            }

            privateIndex = IndexSwapper.CopyPublishedIndex(indexPath);
            indexPath = privateIndex;
        }

        if (options.Processes > 0)
        {
            if (options.SwapIndex)
            {
                throw new ArgumentException("--swap-index runs the assistant in this process; it cannot be combined with --processes");
            }

            // The instances must find a published index rather than each building one.
            await using (await BenchmarkHosts.StartAssistantAsync(Settings(contentPath, indexPath, feedback, secret, null), cancellationToken))
            {
            }
        }

        try
        {
            await using var instances = options.Processes > 0
                ? await ChildInstances.StartAsync(options.Processes, Settings(contentPath, indexPath, feedback, secret, options.Redis), cancellationToken)
                : null;
            await using var host = instances is null
                ? await BenchmarkHosts.StartFullAssistantAsync(Settings(contentPath, indexPath, feedback, secret, options.Redis), cancellationToken)
                : null;
            List<Uri> addresses = instances?.Addresses ?? [host!.BaseAddress];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"assistant at {string.Join(", ", addresses)} ({Environment.ProcessorCount} cores, {(instances is null ? "in this process" : $"{addresses.Count} processes")}, Redis: {(options.Redis is null ? "no" : "yes")}); {options.Conversations} conversations, think {options.ThinkText}, {options.Seconds} s; saturation {options.SaturationConversations} conversations, {options.SaturationSeconds} s"));

            using var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = Math.Max(options.Conversations, options.SaturationConversations) + 16,
                PooledConnectionLifetime = TimeSpan.FromMinutes(30),
                UseProxy = false,
            };
            // One client per instance over one handler; conversation i goes to instance i mod N, as a sticky balancer would.
            var http = addresses.Select(address => new HttpClient(handler, disposeHandler: false) { BaseAddress = address, Timeout = Replies.Timeout }).ToList();

            // Unmeasured, at full concurrency: the first seconds after start (JIT, index pages read from disk, thread pool
            // growing to the concurrency) have a tail of over a second; the phases measure the steady state after it.
            foreach (var channel in options.WarmupSeconds > 0 ? options.Channels : [])
            {
                await RunPhaseAsync(channel, http, secret, options.Conversations, null, options.WarmupSeconds, messages, cancellationToken, "warm-up");
            }

            using var swapping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            IndexSwapper? swapper = null;
            Task swaps = Task.CompletedTask;
            if (options.SwapIndex)
            {
                swapper = new IndexSwapper(contentPath, indexPath, host!.App.Services.GetRequiredService<IIndexReloader>());
                swaps = swapper.RunAsync(swapping.Token);
            }

            var results = new List<PhaseResult>();
            foreach (var channel in options.Channels)
            {
                results.Add(await RunPhaseAsync(channel, http, secret, options.Conversations, (options.ThinkMinSeconds, options.ThinkMaxSeconds), options.Seconds, messages, cancellationToken));
            }

            if (options.SaturationSeconds > 0)
            {
                foreach (var channel in options.Channels)
                {
                    results.Add(await RunPhaseAsync(channel, http, secret, options.SaturationConversations, null, options.SaturationSeconds, messages, cancellationToken));
                }
            }

            await swapping.CancelAsync();
            await swaps;
            if (instances is not null)
            {
                Console.WriteLine("resident memory after the load: " + string.Join(", ", instances.ResidentMemory()));
            }

            http.ForEach(client => client.Dispose());
            return Report(results, swapper);
        }
        finally
        {
            TryDelete(privateIndex);
            TryDelete(feedback);
        }
    }

    private static Task<PhaseResult> RunPhaseAsync(string channel, List<HttpClient> http, string secret, int conversations, (double, double)? think, int seconds,
        IReadOnlyList<string> messages, CancellationToken cancellationToken, string? label = null)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        Func<int, CancellationToken, Task<ILoadConversation>> open = channel == LoadOptions.Http
            ? (i, _) => Task.FromResult<ILoadConversation>(new HttpLoadConversation(http[i % http.Count], $"load-{run}-{i}"))
            : async (i, ct) => await DirectLineLoadConversation.StartAsync(http[i % http.Count], secret, ct);
        var name = $"{channel} {label ?? (think is null ? "saturation" : "think")}";
        Console.WriteLine($"running {name} ...");
        return LoadPhase.RunAsync(name, open, conversations, think, TimeSpan.FromSeconds(seconds), messages, cancellationToken);
    }

    private static int Report(IReadOnlyList<PhaseResult> results, IndexSwapper? swapper)
    {
        Console.WriteLine();
        Console.WriteLine($"{"phase",-22} {"conv",5} {"think",8} {"turns",7} {"errors",6} {"turns/s",8} {"p50 ms",8} {"p99 ms",8}");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-22} {r.Conversations,5} {r.Think,8} {r.Turns,7} {r.Errors,6} {r.TurnsPerSecond,8:F1} {r.P50Ms,8:F2} {r.P99Ms,8:F2}"));
            foreach (var (kind, count) in r.ErrorKinds)
            {
                Console.WriteLine($"    {count} × {kind}");
            }
        }

        if (swapper is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"index swaps: {swapper.Swaps} (rebuild from content took {swapper.RebuildTime.TotalSeconds:F1} s){(swapper.Error is null ? "" : "; " + swapper.Error)}; failed turns during the run: {results.Sum(r => r.Errors)}"));
        }

        var thinkOk = results.Where(r => r.Think != "none").All(r => r.Errors == 0 && r.P99Ms <= TargetP99Ms);
        var saturationOk = results.Where(r => r.Think == "none").All(r => r.Errors == 0);
        var swapOk = swapper is null || (swapper.Error is null && swapper.Swaps > 0);
        var pass = thinkOk && saturationOk && swapOk;
        Console.WriteLine(pass
            ? $"targets met (think time: no errors, p99 ≤ {TargetP99Ms} ms; saturation: no errors{(swapper is null ? "" : "; index swapped with no failed turn")})"
            : $"targets NOT met (think time: no errors, p99 ≤ {TargetP99Ms} ms; saturation: no errors{(swapper is null ? "" : "; index swapped with no failed turn")})");
        return pass ? 0 : 1;
    }

    private static Dictionary<string, string?> Settings(string contentPath, string indexPath, string feedback, string secret, string? redis)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["KnowledgeBase:ContentPath"] = contentPath,
            ["KnowledgeBase:IndexPath"] = indexPath,
            ["Bot:FeedbackPath"] = feedback,
            ["DirectLine:Secret"] = secret,
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",

            // Every simulated citizen shares the loopback address; the per-user limit (30/min) would also trip at a 1-3 s pace.
            ["Limits:RateLimitingEnabled"] = "false",
        };
        if (redis is not null)
        {
            settings["Redis:Configuration"] = redis;
        }

        return settings;
    }

    private static void TryDelete(string? folder)
    {
        try
        {
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
