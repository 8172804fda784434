using Microsoft.Extensions.Logging;
using Indexer.Statistics;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Indexer.Commands;

/// <summary><c>stats</c>: what the published index holds, by ministry, level, field, channel and fee.</summary>
internal sealed class StatsCommand : IIndexerCommand
{
    private const int TopFields = 20;

    public string Name => "stats";

    public string Summary => "stats    Procedures per ministry/level/field, channels, fees, index info";

    public Task<int> RunAsync(IndexerContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        using var search = new LuceneProcedureSearch(context.IndexPath, context.Options.Search, context.LoggerFactory.CreateLogger<LuceneProcedureSearch>());
        if (search.Manifest is not { } manifest)
        {
            context.Error.WriteLine($"no index in {context.IndexPath}; run 'build' first");
            return Task.FromResult(1);
        }

        var procedures = search.GetAll();
        var output = context.Out;
        output.WriteLine($"Index {manifest.Version} built {manifest.BuiltAt:yyyy-MM-dd HH:mm:ss}Z");
        output.WriteLine($"  procedures {manifest.ProcedureCount}, synonym rules {manifest.SynonymRules}");
        output.WriteLine($"  content fingerprint {manifest.ContentFingerprint[..Math.Min(16, manifest.ContentFingerprint.Length)]}…");

        Table(output, "Ministry", procedures.GroupBy(p => p.Ministry ?? "(none)"));
        Table(output, "Level", procedures.SelectMany(p => p.Levels.Select(l => (Level: l, p))).GroupBy(x => x.Level, x => x.p));
        Table(output, $"Field (top {TopFields})", procedures.GroupBy(p => p.Field ?? "(none)"), TopFields);
        Table(output, "Channel", procedures.SelectMany(p => p.Channels.Select(c => c.Channel).Distinct().Select(c => (Channel: c, p))).GroupBy(x => x.Channel, x => x.p));
        Table(output, "Fee", procedures.GroupBy(p => FeeClassifier.Classify(p) switch
        {
            FeeKind.Free => "free",
            FeeKind.Paid => "paid",
            _ => "not stated",
        }));
        return Task.FromResult(0);
    }

    private static void Table(TextWriter output, string title, IEnumerable<IGrouping<string, Procedure>> groups, int limit = int.MaxValue)
    {
        output.WriteLine();
        output.WriteLine(title);
        var rows = groups.Select(g => (g.Key, Count: g.Count())).OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        foreach (var (key, count) in rows.Take(limit))
        {
            output.WriteLine($"  {count,6}  {key}");
        }

        if (rows.Count > limit)
        {
            output.WriteLine($"  {rows.Skip(limit).Sum(r => r.Count),6}  ({rows.Count - limit} more)");
        }
    }
}
