using System.CommandLine;
using System.Globalization;
using Assistant.CommandLine;
using Indexer.Terminal;
using KnowledgeBase.Configuration;
using KnowledgeBase.Feedback;
using KnowledgeBase.Text;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Indexer.Commands;

/// <summary>
/// <c>Indexer report [--data &lt;feedback folder&gt;] [--top N]</c>: for content editors, the questions the bot could not
/// match most often and the answers citizens rated "Chưa hữu ích" most, from the bot's append-only feedback log.
/// </summary>
internal sealed class ReportCommand : IIndexerCommand
{
    private const int DefaultTop = 10;
    private const int MaxTop = 1000;

    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var data = new Option<DirectoryInfo?>("--data")
        {
            Description = "The bot's feedback folder; defaults to Bot:FeedbackPath (data/feedback)",
            HelpName = "folder",
        };
        var top = WholeNumberOption.Create("--top", "How many questions and answers to list", DefaultTop, 1, MaxTop);
        var command = new Command("report", "Top unanswered questions and worst-rated answers from the bot's feedback log")
        {
            data,
            top,
        };
        command.SetAction(parse => Run(context(parse), parse.GetValue(data), parse.GetValue(top)));
        return command;
    }

    private static int Run(IndexerContext context, DirectoryInfo? data, int top)
    {
        var folder = data?.FullName ?? AssistantPaths.Resolve(context.Configuration["Bot:FeedbackPath"] ?? "data/feedback");
        var log = FeedbackLog.ReadAll(folder);
        var output = context.Out;
        output.WriteLine($"Feedback in {folder}: {log.Records.Count} records" + (log.SkippedLines > 0 ? $", {log.SkippedLines} unreadable lines skipped" : ""));

        var unanswered = log.Records.Where(r => r.Kind == FeedbackKinds.Unanswered)
            .GroupBy(r => Normalize(r.Question))
            .Select(g => (Question: g.First().Question, Count: g.Count(), Last: g.Max(r => r.Time), Closest: g.SelectMany(r => r.Closest).Distinct().Take(3).ToList()))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.Last)
            .Take(top)
            .ToList();
        var questions = Cells.Create($"Top unanswered questions ({unanswered.Count})")
            .AddColumn(new TableColumn("times").RightAligned())
            .AddColumn("question")
            .AddColumn("last asked")
            .AddColumn("closest procedures");
        foreach (var (question, count, last, closest) in unanswered)
        {
            questions.AddPlainRow(
                count.ToString(CultureInfo.InvariantCulture),
                TerminalText.Safe(question),
                last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string.Join(", ", closest));
        }

        context.Terminal.WriteLine();
        context.Terminal.Write(questions);

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
        var answers = Cells.Create($"Worst-rated answers ({rated.Count})")
            .AddColumn("code")
            .AddColumn("procedure")
            .AddColumn(new TableColumn("chưa hữu ích").RightAligned())
            .AddColumn(new TableColumn("hữu ích").RightAligned())
            .AddColumn("aspects")
            .AddColumn("e.g. asked");
        foreach (var (code, name, bad, good, aspects, samples) in rated)
        {
            answers.AddPlainRow(
                TerminalText.Safe(code),
                TerminalText.Safe(name),
                bad.ToString(CultureInfo.InvariantCulture),
                good.ToString(CultureInfo.InvariantCulture),
                TerminalText.Safe(string.Join(", ", aspects)),
                string.Join('\n', samples.Select(TerminalText.Safe)));
        }

        context.Terminal.WriteLine();
        context.Terminal.Write(answers);
        return 0;
    }

    private static string Normalize(string question) =>
        string.Join(' ', question.Trim().TrimEnd('?', '.', '!').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
