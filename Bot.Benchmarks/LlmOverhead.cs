using System.Globalization;
using Bot.Llm;

namespace Bot.Benchmarks;

/// <summary>
/// The LLM path's own cost per turn: the same conversation, one turn at a time, against the assistant without an LLM
/// and with one pointed at a fake model that answers instantly. The difference of the medians is what prompt
/// building, the Semantic Kernel connector, loopback HTTP and the groundedness guard add.
/// </summary>
internal static class LlmOverhead
{
    private const double TargetMs = 2.0;
    private const int Rounds = 5;

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string?> settings, IReadOnlyList<string> messages, int seconds, int warmup, CancellationToken cancellationToken)
    {
        // Only questions reach the LLM; small talk would dilute the difference.
        var questions = messages.Where(m => m.Length > 12).ToArray();
        await using var model = await BenchmarkHosts.StartFakeModelAsync();
        var withLlm = new Dictionary<string, string?>(settings)
        {
            ["Llm:Endpoint"] = model.Endpoint,
            ["Llm:Model"] = "bench",
            ["Llm:ApiKey"] = "bench",
        };

        // Both hosts run side by side and are measured in alternating rounds, so JIT warm-up and the machine's other
        // load fall on both paths alike; each path's figure is the median of its rounds.
        await using var plain = await BenchmarkHosts.StartAssistantAsync(settings, cancellationToken);
        await using var guarded = await BenchmarkHosts.StartAssistantAsync(withLlm, cancellationToken);
        var llmHost = guarded with { Name = "assistant-llm" };
        var round = TimeSpan.FromSeconds(Math.Max(1.0, seconds / (double)Rounds));
        var extractiveRounds = new List<LoadResult>();
        var llmRounds = new List<LoadResult>();
        for (var i = 0; i < Rounds; i++)
        {
            var warm = TimeSpan.FromSeconds(i == 0 ? warmup : 0);
            extractiveRounds.Add(await TurnLoad.RunAsync(plain, questions, 1, warm, round, cancellationToken));
            llmRounds.Add(await TurnLoad.RunAsync(llmHost, questions, 1, warm, round, cancellationToken));
        }

        var extractive = Median(extractiveRounds);
        var llm = Median(llmRounds);

        // Proof the LLM path actually ran: how its turns ended (answered by the model, refused by the guard, ...).
        var paths = guarded.App.Services.GetRequiredService<LlmAnswerMetrics>().Snapshot();
        Console.WriteLine("llm outcomes: " + string.Join(", ", paths.Select(p => $"{LlmAnswerMetrics.PathTag(p.Key)} {p.Value}")));

        Console.WriteLine($"{"path",-12} {"turns",7} {"errors",6} {"p50 ms",8} {"p99 ms",8}");
        foreach (var (name, r) in new[] { ("extractive", extractive), ("llm (fake)", llm) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} {r.Turns,7} {r.Errors,6} {r.P50Ms,8:F2} {r.P99Ms,8:F2}"));
        }

        var overhead = llm.P50Ms - extractive.P50Ms;
        var pass = overhead <= TargetMs && llm.Errors == 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"LLM path overhead p50 {overhead:F2} ms: {(pass ? "target met" : "target NOT met")} (≤ {TargetMs} ms)"));
        return pass ? 0 : 1;
    }

    private static LoadResult Median(List<LoadResult> rounds) =>
        rounds.OrderBy(r => r.P50Ms).ElementAt(rounds.Count / 2) with
        {
            Turns = rounds.Sum(r => r.Turns),
            Errors = rounds.Sum(r => r.Errors),
        };
}
