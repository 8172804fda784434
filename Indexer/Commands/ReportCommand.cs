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

        var unanswered = FeedbackGrouping.Unanswered(log.Records).Take(top).ToList();
        var questions = Cells.Create($"Top unanswered questions ({unanswered.Count})")
            .AddColumn(new TableColumn("times").RightAligned())
            .AddColumn("question")
            .AddColumn("last asked")
            .AddColumn("closest procedures");
        foreach (var need in unanswered)
        {
            questions.AddPlainRow(
                need.Count.ToString(CultureInfo.InvariantCulture),
                TerminalText.Safe(need.Representative),
                need.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string.Join(", ", need.Closest));
        }

        context.Terminal.WriteLine();
        context.Terminal.Write(questions);

        var rated = FeedbackGrouping.WorstRated(log.Records).Take(top).ToList();
        var answers = Cells.Create($"Worst-rated answers ({rated.Count})")
            .AddColumn("code")
            .AddColumn("procedure")
            .AddColumn(new TableColumn("chưa hữu ích").RightAligned())
            .AddColumn(new TableColumn("hữu ích").RightAligned())
            .AddColumn("aspects")
            .AddColumn("e.g. asked");
        foreach (var answer in rated)
        {
            answers.AddPlainRow(
                TerminalText.Safe(answer.Code),
                TerminalText.Safe(answer.Name),
                answer.Bad.ToString(CultureInfo.InvariantCulture),
                answer.Good.ToString(CultureInfo.InvariantCulture),
                TerminalText.Safe(string.Join(", ", answer.Aspects)),
                string.Join('\n', answer.Samples.Select(TerminalText.Safe)));
        }

        context.Terminal.WriteLine();
        context.Terminal.Write(answers);
        return 0;
    }
}
