using System.CommandLine;
using System.Globalization;
using Indexer.Statistics;
using Indexer.Terminal;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Indexer.Commands;

/// <summary><c>stats</c>: what the published index holds, by ministry, level, field, channel and fee.</summary>
internal sealed class StatsCommand : IIndexerCommand
{
    private const int TopFields = 20;

    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var command = new Command("stats", "Procedures per ministry/level/field, channels, fees, index info");
        command.SetAction(parse => Run(context(parse)));
        return command;
    }

    private static int Run(IndexerContext context)
    {
        using var search = new LuceneProcedureSearch(context.IndexPath, context.Options.Search, context.LoggerFactory.CreateLogger<LuceneProcedureSearch>());
        if (search.Manifest is not { } manifest)
        {
            context.Error.WriteLine($"no index in {context.IndexPath}; run 'build' first");
            return 1;
        }

        var procedures = search.GetAll();
        var output = context.Out;
        output.WriteLine($"Index {manifest.Version} built {manifest.BuiltAt:yyyy-MM-dd HH:mm:ss}Z");
        output.WriteLine($"  procedures {manifest.ProcedureCount}, synonym rules {manifest.SynonymRules}");
        output.WriteLine($"  content fingerprint {manifest.ContentFingerprint[..Math.Min(16, manifest.ContentFingerprint.Length)]}…");

        var terminal = context.Terminal;
        Table(terminal, "Ministry", procedures.GroupBy(p => p.Ministry ?? "(none)"));
        Table(terminal, "Level", procedures.SelectMany(p => p.Levels.Select(l => (Level: l, p))).GroupBy(x => x.Level, x => x.p));
        Table(terminal, $"Field (top {TopFields})", procedures.GroupBy(p => p.Field ?? "(none)"), TopFields);
        Table(terminal, "Channel", procedures.SelectMany(p => p.Channels.Select(c => c.Channel).Distinct().Select(c => (Channel: c, p))).GroupBy(x => x.Channel, x => x.p));
        Table(terminal, "Fee", procedures.GroupBy(p => FeeClassifier.Classify(p) switch
        {
            FeeKind.Free => "free",
            FeeKind.Paid => "paid",
            _ => "not stated",
        }));
        return 0;
    }

    private static void Table(IAnsiConsole terminal, string title, IEnumerable<IGrouping<string, Procedure>> groups, int limit = int.MaxValue)
    {
        var table = Cells.Create()
            .AddColumn(new TableColumn("procedures").RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(title)));
        var rows = groups.Select(g => (g.Key, Count: g.Count())).OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        foreach (var (key, count) in rows.Take(limit))
        {
            table.AddPlainRow(count.ToString(CultureInfo.InvariantCulture), key);
        }

        if (rows.Count > limit)
        {
            table.AddPlainRow(rows.Skip(limit).Sum(r => r.Count).ToString(CultureInfo.InvariantCulture), $"({rows.Count - limit} more)");
        }

        terminal.WriteLine();
        terminal.Write(table);
    }
}
