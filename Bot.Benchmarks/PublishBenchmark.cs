using System.Globalization;
using KnowledgeBase.Editing;

namespace Bot.Benchmarks;

/// <summary>
/// <c>--publish</c>: an editor's publish (<see cref="ContentPublisher"/>: validate, build, regression cases, switch)
/// over the repository's full content, timed alone and then while clients keep sending turns to the same host. The
/// index and audit log go to a temp folder, so the repository's data/index is untouched.
/// </summary>
internal static class PublishBenchmark
{
    public static async Task<int> RunAsync(Dictionary<string, string?> settings, IReadOnlyList<string> messages, int clients, int rounds, CancellationToken cancellationToken)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "assistant-publish-bench-" + Guid.NewGuid().ToString("N"));
        settings["KnowledgeBase:IndexPath"] = Path.Combine(scratch, "index");
        settings["KnowledgeBase:Editing:AuditPath"] = Path.Combine(scratch, "audit");
        settings["Limits:RateLimitingEnabled"] = "false";
        try
        {
            await using var host = await BenchmarkHosts.StartFullAssistantAsync(settings, cancellationToken);
            var publisher = host.App.Services.GetRequiredService<ContentPublisher>();

            var alone = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                alone.Add(await PublishAsync(publisher, "alone", cancellationToken));
            }

            // Turns for as long as the publishes under load take, with a second of turns before and after.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var load = TurnLoad.RunAsync(host, messages, clients, TimeSpan.Zero, TimeSpan.FromSeconds(Math.Ceiling(alone.Max() * rounds * 2) + 2), stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var underLoad = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                underLoad.Add(await PublishAsync(publisher, "under load", cancellationToken));
            }

            var turns = await load;
            Console.WriteLine(Format($"publish alone: median {Median(alone):0.0} s, max {alone.Max():0.0} s over {rounds} publishes"));
            Console.WriteLine(Format($"publish under load ({clients} clients): median {Median(underLoad):0.0} s, max {underLoad.Max():0.0} s"));
            Console.WriteLine(Format($"turns during the publishes: {turns.Turns} answered, {turns.Errors} failed, p50 {turns.P50Ms:0} ms, p99 {turns.P99Ms:0} ms"));
            return turns.Errors == 0 ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static async Task<double> PublishAsync(ContentPublisher publisher, string label, CancellationToken cancellationToken)
    {
        var result = await publisher.PublishAsync("benchmark", cancellationToken);
        if (result.Outcome != PublishOutcome.Published)
        {
            throw new InvalidOperationException($"publish {label} failed: {result.Outcome} {result.Error}");
        }

        Console.WriteLine(Format($"publish {label}: {result.Manifest!.ProcedureCount} procedures, {result.RegressionCases} regression cases, {result.Elapsed.TotalSeconds:0.0} s"));
        return result.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Format(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
