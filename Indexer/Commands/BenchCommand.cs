using System.CommandLine;
using System.Diagnostics;
using Assistant.CommandLine;
using Indexer.Statistics;
using Indexer.Terminal;
using KnowledgeBase.Configuration;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using Spectre.Console;

namespace Indexer.Commands;

/// <summary>
/// <c>bench</c>: builds the full catalogue into a scratch folder (the published index is untouched), then measures
/// query latency and CPU over a few thousand varied queries, as the bot asks and with snippets, and the process's peak
/// memory.
/// </summary>
internal sealed class BenchCommand : IIndexerCommand
{
    private const int Warmup = 300;

    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var queries = WholeNumberOption.Create("--queries", "How many generated queries to time", 3000, 10, 1_000_000);
        var command = new Command("bench", "Measure build time, query latency p50/p99, CPU and memory per query, peak memory (the published index is untouched)")
        {
            queries,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(context(parse), parse.GetValue(queries), cancellationToken)));
        return command;
    }

    private static int Run(IndexerContext context, int queryCount, CancellationToken cancellationToken)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "assistant-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = new IndexBuilder().Build(context.ContentPath, scratch, cancellationToken: cancellationToken);
            if (!build.Succeeded)
            {
                context.Error.WriteLine($"build failed: {build.Error}");
                return 1;
            }

            var table = Cells.Create().AddColumn("measure").AddColumn("result");
            table.AddPlainRow("build", $"{build.Manifest!.ProcedureCount} procedures in {build.Elapsed.TotalSeconds:0.00} s");

            var open = Stopwatch.StartNew();
            // The result cache is off: every query is measured as a real search, never as a lookup.
            var uncached = context.Options.Search.Copy();
            uncached.ResultCacheSize = 0;
            using var search = new LuceneProcedureSearch(scratch, uncached);
            open.Stop();
            table.AddPlainRow("open", $"{open.Elapsed.TotalMilliseconds:0.0} ms");

            var queries = BenchmarkQueries.Generate(search.GetAll(), Path.Combine(context.ContentPath, IndexBuilder.SynonymsFile), queryCount, seed: 20261126);

            // Two passes over the same queries, each on its own freshly opened index so that neither finds the clause
            // caches filled by the other: with the snippets the LLM plugin and the editors' search show (the measure
            // of earlier sessions), then as the bot's matcher asks (the ranking alone).
            var withSnippets = Time(search, queries, q => new SearchRequest(q), cancellationToken);
            SearchPass bot, botAgain;
            using (var second = new LuceneProcedureSearch(scratch, uncached))
            {
                // Every stored procedure deserialized first, as generating the queries did on the first index: a
                // once-per-build cost, not a query's.
                _ = second.GetAll();
                bot = Time(second, queries, BotRequest, cancellationToken);

                // The same questions again: every clause's scores are cached by then (only the result cache is off),
                // as in Bot.Benchmarks --no-cache, whose clients repeat eight messages.
                botAgain = Time(second, queries, BotRequest, cancellationToken);
            }

            table.AddPlainRow(
                "queries",
                $"{queries.Count} in {withSnippets.Seconds:0.00} s with snippets ({queries.Count / withSnippets.Seconds:0} q/s, {withSnippets.HitsPerQuery:0.0} hits/query), " +
                $"{bot.Seconds:0.00} s as the bot asks; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            table.AddPlainRow($"as the bot asks (top {BotDepth}, no snippets)", bot.Describe());
            table.AddPlainRow("the same, asked again", botAgain.Describe());
            table.AddPlainRow("with snippets (top 10)", withSnippets.Describe());

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var gc = GC.GetGCMemoryInfo();
            table.AddPlainRow(
                "memory",
                $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB " +
                $"(peak GC heap {gc.HeapSizeBytes / 1048576.0:0} MB), {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections");
            context.Terminal.Write(table);
            return 0;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    // ProcedureMatcher's SearchDepth: how many hits the bot's matcher asks the search for.
    private const int BotDepth = 6;

    private static SearchRequest BotRequest(string query) => new(query) { MaxResults = BotDepth, IncludeSnippets = false };

    /// <summary>
    /// Times every query on this thread after a warm-up on the first few. CPU is reported twice: the searching thread's own (the search's cost, which
    /// includes the gen0 collections its allocations trigger, as workstation GC runs them on the allocating thread) and
    /// the whole process's (adding background GC and the runtime's other threads).
    /// </summary>
    private static SearchPass Time(LuceneProcedureSearch search, List<string> queries, Func<string, SearchRequest> request, CancellationToken cancellationToken)
    {
        foreach (var query in queries.Take(Warmup))
        {
            search.Search(request(query), cancellationToken);
        }

        var latencies = new double[queries.Count];
        var hits = 0;
        using var self = Process.GetCurrentProcess();
        var processBefore = self.TotalProcessorTime;
        var threadBefore = ThreadCpuClock.Now();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            hits += search.Search(request(queries[i]), cancellationToken).Count;
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        total.Stop();
        var threadCpu = ThreadCpuClock.Now() - threadBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        self.Refresh();
        var processCpu = self.TotalProcessorTime - processBefore;
        Array.Sort(latencies);
        return new SearchPass(
            total.Elapsed.TotalSeconds,
            hits / (double)queries.Count,
            latencies,
            threadCpu?.TotalMilliseconds / queries.Count,
            processCpu.TotalMilliseconds / queries.Count,
            allocated / 1024.0 / queries.Count);
    }

    /// <summary>One timed pass: sorted latencies in ms, CPU ms per query (the searching thread's and the process's), KB allocated per query.</summary>
    private sealed record SearchPass(double Seconds, double HitsPerQuery, double[] Latencies, double? ThreadCpuMs, double ProcessCpuMs, double KbPerQuery)
    {
        // On a shared machine wall-clock latency measures the neighbours; CPU time per query is what the search costs.
        public string Describe() =>
            $"p50 {Percentile(Latencies, 0.50):0.000} ms  p90 {Percentile(Latencies, 0.90):0.000} ms  p99 {Percentile(Latencies, 0.99):0.000} ms  " +
            $"max {Latencies[^1]:0.000} ms; CPU per query {(ThreadCpuMs is { } thread ? $"{thread:0.000} ms searching thread, " : "")}" +
            $"{ProcessCpuMs:0.000} ms process; {KbPerQuery:0} KB allocated per query";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
