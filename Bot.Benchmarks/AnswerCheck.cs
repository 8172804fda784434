using Bot.Evaluation;
using KnowledgeBase.Search;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>
/// <c>--answers [file] [--today yyyy-MM-dd] [--misses]</c>: the real bot over an answer set (Bot.Tests/Evaluation/answers-*.jsonl,
/// or a retrieval set such as the portal FAQ), on a clock set to the day the set's facts were read (fees change with
/// dated reductions), with the figures of issue "Answers a citizen can act on" and, with --misses, every turn that fell short
/// (wrong, a menu, a fact missing, debris, or longer than a phone screen).
/// </summary>
internal static class AnswerCheck
{
    /// <summary>The day the answer sets' fee facts were taken from the catalogue.</summary>
    public static readonly DateOnly SetDate = new(2026, 12, 6);

    public static async Task<int> RunAsync(IProcedureSearch search, string file, DateOnly today, bool misses, CancellationToken cancellationToken)
    {
        var conversations = AnswerSetReader.ReadFile(file);
        using var services = BotServices.Build(search, time: new FixedClock(today));
        var report = await AnswerEvaluator.RunAsync(services.GetRequiredService<IBot>(), conversations, cancellationToken);
        Console.WriteLine($"{Path.GetFileName(file)}: {conversations.Count} conversations, {report.Turns.Count} turns, as of {today:yyyy-MM-dd}");
        Console.Write(report.Summary());
        if (misses)
        {
            foreach (var turn in report.Turns.Where(t => t.Outcome is not (Outcome.Direct or Outcome.Declined or Outcome.SmallTalk) || t.Facts.Any(f => !f.Present) || t.Debris.Count > 0 || t.IsLong))
            {
                Console.WriteLine(turn.Describe());
            }
        }

        return 0;
    }

    public static async Task<int> SayAsync(IProcedureSearch search, IReadOnlyList<string> messages, DateOnly today, CancellationToken cancellationToken)
    {
        using var services = BotServices.Build(search, time: new FixedClock(today));
        var bot = services.GetRequiredService<IBot>();
        var reference = Microsoft.Bot.Builder.Adapters.TestAdapter.CreateConversation("say", "citizen");
        reference.ChannelId = "webchat";
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter(reference);
        foreach (var message in messages)
        {
            await adapter.SendTextToBotAsync(message, bot.OnTurnAsync, cancellationToken);
            Console.WriteLine($"> {message}");
            while (adapter.GetNextReply() is Microsoft.Bot.Schema.Activity reply)
            {
                Console.WriteLine($"[{reply.Properties.Value<string>("replyKind")} {reply.Properties.Value<string>("procedureCode")}] ({reply.Text?.Length} chars)");
                Console.WriteLine(reply.Text);
                var actions = reply.SuggestedActions?.Actions ?? [];
                if (actions.Count > 0)
                {
                    Console.WriteLine("  buttons: " + string.Join(" | ", actions.Select(a => a.Title)));
                }
            }

            Console.WriteLine();
        }

        return 0;
    }

    /// <summary>A clock stopped at noon, Hanoi time, of one day.</summary>
    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);
    }
}
