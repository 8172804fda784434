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
/// query latency over a few thousand varied queries and the process's peak memory.
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
            foreach (var query in queries.Take(Warmup))
            {
                search.Search(new SearchRequest(query), cancellationToken);
            }

            var latencies = new double[queries.Count];
            var hits = 0;
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var total = Stopwatch.StartNew();
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                hits += search.Search(new SearchRequest(queries[i]), cancellationToken).Count;
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            total.Stop();
            var allocatedPerQuery = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / queries.Count;
            self.Refresh();
            // On a shared machine wall-clock latency measures the neighbours; CPU time per query is what the search costs.
            var cpuPerQuery = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds / queries.Count;
            Array.Sort(latencies);
            table.AddPlainRow(
                "queries",
                $"{queries.Count} in {total.Elapsed.TotalSeconds:0.00} s ({queries.Count / total.Elapsed.TotalSeconds:0} q/s, {hits / (double)queries.Count:0.0} hits/query)");
            table.AddPlainRow(
                "latency",
                $"p50 {Percentile(latencies, 0.50):0.000} ms  p90 {Percentile(latencies, 0.90):0.000} ms  " +
                $"p99 {Percentile(latencies, 0.99):0.000} ms  max {latencies[^1]:0.000} ms  (CPU {cpuPerQuery:0.000} ms and {allocatedPerQuery:0} KB allocated per query, {Environment.ProcessorCount} cores, load average {LoadAverage()})");

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

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
