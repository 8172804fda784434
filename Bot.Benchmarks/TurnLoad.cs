using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Benchmarks;

/// <summary>
/// Figures for one host: latency percentiles in milliseconds, completed turns per second, and the process's CPU time
/// and allocated bytes per turn (the load client runs in the same process, so both include its share, the same for
/// every host).
/// </summary>
internal sealed record LoadResult(string Host, int Turns, int Errors, double Seconds, double P50Ms, double P99Ms, double CpuMsPerTurn = 0, double KbPerTurn = 0)
{
    public double TurnsPerSecond => Turns / Seconds;

    /// <summary>
    /// Rounds of one host as one result: totals for turns and time, turn-weighted CPU and allocation, the median of
    /// the rounds' p50 and the worst of their p99.
    /// </summary>
    public static LoadResult Combine(string host, IReadOnlyList<LoadResult> rounds)
    {
        var turns = rounds.Sum(r => r.Turns);
        var weight = Math.Max(1, turns);
        return new LoadResult(
            host,
            turns,
            rounds.Sum(r => r.Errors),
            rounds.Sum(r => r.Seconds),
            rounds.Select(r => r.P50Ms).Order().ElementAt(rounds.Count / 2),
            rounds.Max(r => r.P99Ms),
            rounds.Sum(r => r.CpuMsPerTurn * r.Turns) / weight,
            rounds.Sum(r => r.KbPerTurn * r.Turns) / weight);
    }
}

/// <summary>
/// Drives full Bot Framework turns over HTTP: each client posts message activities with deliveryMode expectReplies
/// in its own conversation, one after another, for a fixed time; latency is measured per request.
/// </summary>
internal static class TurnLoad
{
    public static async Task<LoadResult> RunAsync(RunningHost host, IReadOnlyList<string> messages, int clients, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseProxy = false };
        using var http = new HttpClient(handler) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var bodies = Enumerable.Range(0, clients)
            .Select(c => messages.Select(m => Encoding.UTF8.GetBytes(Activity(m, $"bench-{host.Name}-{c}").ToJsonString())).ToArray())
            .ToArray();

        await DriveAsync(http, bodies, warmup, record: false, cancellationToken);
        return await DriveAsync(http, bodies, duration, record: true, cancellationToken) with { Host = host.Name };
    }

    private static async Task<LoadResult> DriveAsync(HttpClient http, byte[][][] bodies, TimeSpan duration, bool record, CancellationToken cancellationToken)
    {
        var latencies = new List<long>[bodies.Length];
        var errors = new int[bodies.Length];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = bodies.Select((messages, client) => Task.Run(async () =>
        {
            var own = latencies[client] = new List<long>(100_000);
            var turn = 0;
            while (Stopwatch.GetTimestamp() < until && !cancellationToken.IsCancellationRequested)
            {
                using var content = new ByteArrayContent(messages[turn++ % messages.Length]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var begin = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync("/api/messages", content, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                var elapsed = Stopwatch.GetTimestamp() - begin;
                if (!response.IsSuccessStatusCode || body.Length == 0)
                {
                    if (errors[client]++ == 0 && client == 0)
                    {
                        await Console.Error.WriteLineAsync($"first error: HTTP {(int)response.StatusCode}, {body.Length} bytes");
                    }

                    continue;
                }

                if (record)
                {
                    own.Add(elapsed);
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var turns = Math.Max(1, all.Length + errors.Sum());
        return new LoadResult("", all.Length, errors.Sum(), seconds, Percentile(all, 0.50), Percentile(all, 0.99), cpu / turns, allocated / 1024.0 / turns);
    }

    /// <summary>The p-quantile of sorted Stopwatch tick counts, in milliseconds.</summary>
    internal static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;

    /// <summary>A Bot Framework message activity asking for the replies in the HTTP response (deliveryMode expectReplies).</summary>
    internal static JsonObject Activity(string text, string conversationId) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["channelId"] = "webchat",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["from"] = new JsonObject { ["id"] = "user-" + conversationId },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "vi-VN",
    };
}
