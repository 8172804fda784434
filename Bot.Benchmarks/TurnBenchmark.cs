using System.Globalization;
using Assistant.CommandLine;
using Spectre.Console;

namespace Bot.Benchmarks;

/// <summary>
/// The default mode: our bot, an echo bot on the same CloudAdapter and a bare minimal-API endpoint in this process,
/// driven with the same load, with p50/p99 latency, turns per second and the ratio to the echo bot. Exit code 0 when
/// the targets hold.
/// </summary>
internal static class TurnBenchmark
{
    public static async Task<int> RunAsync(
        IReadOnlyDictionary<string, string?> settings, IReadOnlyList<string> messages, int clients, int seconds, int warmup, int rounds, CancellationToken cancellationToken)
    {
        Console.WriteLine($"clients {clients}, warmup {warmup}s, measured {seconds}s per host in alternating rounds, {Environment.ProcessorCount} cores");

        // The three hosts run side by side and are driven in alternating rounds, so a slow spell of the machine (other
        // processes, thermal limits) falls on all of them rather than on whichever host happened to be measured then.
        await using var bare = await BenchmarkHosts.StartBareAsync(settings, cancellationToken);
        await using var echo = await BenchmarkHosts.StartEchoAsync(settings, cancellationToken);
        await using var assistant = await BenchmarkHosts.StartAssistantAsync(settings, cancellationToken);
        var perHost = new[] { bare, echo, assistant }.ToDictionary(h => h.Name, _ => new List<LoadResult>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var host in new[] { bare, echo, assistant })
            {
                var warm = TimeSpan.FromSeconds(round == 0 ? warmup : 1);
                perHost[host.Name].Add(await TurnLoad.RunAsync(host, messages, clients, warm, TimeSpan.FromSeconds((double)seconds / rounds), cancellationToken));
            }
        }

        var results = perHost.Select(p => LoadResult.Combine(p.Key, p.Value)).ToList();
        var echoRate = results.Single(r => r.Host == "echo").TurnsPerSecond;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("host");
        foreach (var column in new[] { "turns", "errors", "p50 ms", "p99 ms", "turns/s", "x echo", "CPU ms/turn", "KB/turn" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow(
                r.Host,
                Format($"{r.Turns}"),
                Format($"{r.Errors}"),
                Format($"{r.P50Ms:F2}"),
                Format($"{r.P99Ms:F2}"),
                Format($"{r.TurnsPerSecond:F0}"),
                Format($"{r.TurnsPerSecond / echoRate:F2}"),
                Format($"{r.CpuMsPerTurn:F3}"),
                Format($"{r.KbPerTurn:F1}"));
        }

        AnsiTerminal.Create(Console.Out, interactive: !Console.IsOutputRedirected).Write(table);
        var ours = results.Single(r => r.Host == "assistant");
        var pass = ours.P50Ms <= 5 && ours.P99Ms <= 20 && ours.TurnsPerSecond >= 1000 && ours.TurnsPerSecond >= 0.7 * echoRate && ours.Errors == 0;
        Console.WriteLine(pass ? "targets met (p50 ≤ 5 ms, p99 ≤ 20 ms, ≥ 1000 turns/s, ≥ 0.7× echo)" : "targets NOT met (p50 ≤ 5 ms, p99 ≤ 20 ms, ≥ 1000 turns/s, ≥ 0.7× echo)");
        return pass ? 0 : 1;
    }

    /// <summary>The assistant alone, for attaching a profiler (dotnet-trace) to this process.</summary>
    public static async Task<int> RunAssistantAloneAsync(
        IReadOnlyDictionary<string, string?> settings, IReadOnlyList<string> messages, int clients, int seconds, int warmup, CancellationToken cancellationToken)
    {
        Console.WriteLine($"clients {clients}, warmup {warmup}s, measured {seconds}s per host in alternating rounds, {Environment.ProcessorCount} cores");
        await using var alone = await BenchmarkHosts.StartAssistantAsync(settings, cancellationToken);
        var result = await TurnLoad.RunAsync(alone, messages, clients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assistant {result.Turns} turns, {result.Errors} errors, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms, {result.TurnsPerSecond:F0} turns/s, {result.CpuMsPerTurn:F3} CPU ms/turn, {result.KbPerTurn:F1} KB allocated/turn"));
        return 0;
    }

    private static string Format(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
