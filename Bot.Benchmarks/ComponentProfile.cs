using System.Diagnostics;
using Bot.Answers;
using Bot.Conversation;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeBase.Matching;
using KnowledgeBase.Search;

namespace Bot.Benchmarks;

/// <summary>Times the bot's own per-turn steps without HTTP or the framework, to see where a turn's time goes.</summary>
internal static class ComponentProfile
{
    public static void Run(IProcedureSearch search, IReadOnlyList<string> messages, int rounds)
    {
        using var services = BotServices.Build(search);
        var interpreter = services.GetRequiredService<MessageInterpreter>();
        var matcher = services.GetRequiredService<ProcedureMatcher>();
        var composer = services.GetRequiredService<AnswerComposer>();
        long interpret = 0, searchTicks = 0, resolve = 0, compose = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var message in messages)
            {
                var t0 = Stopwatch.GetTimestamp();
                var understanding = interpreter.Interpret(message);
                var t1 = Stopwatch.GetTimestamp();
                if (understanding.Intent != Intent.Question || !understanding.HasTopic)
                {
                    interpret += t1 - t0;
                    continue;
                }

                search.Search(new SearchRequest(understanding.SearchText) { MaxResults = 10 });
                var t2 = Stopwatch.GetTimestamp();
                var resolution = matcher.Match(understanding.ToMatchRequest(), CancellationToken.None);
                var t3 = Stopwatch.GetTimestamp();
                if (resolution.Procedure is { } procedure)
                {
                    composer.Compose(procedure, understanding.Aspects);
                }

                var t4 = Stopwatch.GetTimestamp();
                interpret += t1 - t0;
                searchTicks += t2 - t1;
                resolve += t3 - t2;
                compose += t4 - t3;
            }
        }

        var turns = (double)rounds * messages.Count;
        Console.WriteLine($"per message (µs): interpret {Micro(interpret, turns):F0}, search {Micro(searchTicks, turns):F0}, resolve (incl. search) {Micro(resolve, turns):F0}, compose {Micro(compose, turns):F0}");
    }

    private static double Micro(long ticks, double count) => ticks * 1_000_000.0 / Stopwatch.Frequency / count;
}
