using System.Globalization;
using KnowledgeBase.Configuration;
using KnowledgeBase.Feedback;
using KnowledgeBase.Text;
using Microsoft.Extensions.Configuration;

namespace Indexer.Commands;

/// <summary>
/// <c>Indexer report [--data &lt;feedback folder&gt;] [--top N]</c>: for content editors, the questions the bot could not
/// match most often and the answers citizens rated "Chưa hữu ích" most, from the bot's append-only feedback log.
/// </summary>
internal sealed class ReportCommand : IIndexerCommand
{
    private const int DefaultTop = 10;

    public string Name => "report";

    public string Summary => "report   Top unanswered questions and worst-rated answers from the bot's feedback log [--data <folder>] [--top N]";

    public Task<int> RunAsync(IndexerContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        string? folder = null;
        var top = DefaultTop;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Count:
                    folder = Path.GetFullPath(args[++i]);
                    break;
                case "--top" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    top = Math.Min(n, 1000);
                    i++;
                    break;
                default:
                    context.Error.WriteLine($"report: unexpected argument '{args[i]}'");
                    context.Error.WriteLine("usage: Indexer report [--data <folder>] [--top N]");
                    return Task.FromResult(2);
            }
        }

        folder ??= AssistantPaths.Resolve(context.Configuration["Bot:FeedbackPath"] ?? "data/feedback");
        var log = FeedbackLog.ReadAll(folder);
        var output = context.Out;
        output.WriteLine($"Feedback in {folder}: {log.Records.Count} records" + (log.SkippedLines > 0 ? $", {log.SkippedLines} unreadable lines skipped" : ""));

        var unanswered = log.Records.Where(r => r.Kind == FeedbackKinds.Unanswered)
            .GroupBy(r => Normalize(r.Question))
            .Select(g => (Question: g.First().Question, Count: g.Count(), Last: g.Max(r => r.Time), Closest: g.SelectMany(r => r.Closest).Distinct().Take(3).ToList()))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.Last)
            .Take(top)
            .ToList();
        output.WriteLine();
        output.WriteLine($"Top unanswered questions ({unanswered.Count}):");
        foreach (var (question, count, last, closest) in unanswered)
        {
            var hint = closest.Count > 0 ? $"  closest: {string.Join(", ", closest)}" : "";
            output.WriteLine($"  {count,4}×  {TerminalText.Safe(question)}  (last {last:yyyy-MM-dd}){hint}");
        }

        var rated = log.Records.Where(r => r.Kind == FeedbackKinds.Rating && r.ProcedureCode is not null && r.Helpful is not null)
            .GroupBy(r => r.ProcedureCode!)
            .Select(g => (
                Code: g.Key,
                Name: g.Select(r => r.ProcedureName).FirstOrDefault(n => n is not null) ?? "",
                Bad: g.Count(r => r.Helpful == false),
                Good: g.Count(r => r.Helpful == true),
                Aspects: g.Where(r => r.Helpful == false && r.Aspect is not null).GroupBy(r => r.Aspect!).OrderByDescending(a => a.Count()).Select(a => a.Key).Take(3).ToList(),
                Samples: g.Where(r => r.Helpful == false).Select(r => r.Question).Distinct().Take(2).ToList()))
            .Where(g => g.Bad > 0)
            .OrderByDescending(g => g.Bad).ThenBy(g => (double)g.Good / (g.Good + g.Bad))
            .Take(top)
            .ToList();
        output.WriteLine();
        output.WriteLine($"Worst-rated answers ({rated.Count}):");
        foreach (var (code, name, bad, good, aspects, samples) in rated)
        {
            output.WriteLine($"  {TerminalText.Safe(code)}  {TerminalText.Safe(name)}: {bad} chưa hữu ích, {good} hữu ích" + (aspects.Count > 0 ? $"; aspects {TerminalText.Safe(string.Join(", ", aspects))}" : ""));
            foreach (var sample in samples)
            {
                output.WriteLine($"        e.g. {TerminalText.Safe(sample)}");
            }
        }

        return Task.FromResult(0);
    }

    private static string Normalize(string question) =>
        string.Join(' ', question.Trim().TrimEnd('?', '.', '!').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
