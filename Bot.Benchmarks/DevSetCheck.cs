using System.Diagnostics.Metrics;
using Bot.Hosting;
using Bot.Answers;
using Bot.Conversation;
using Bot.Feedback;
using Bot.Observability;
using Bot.Security;
using Bot.Templates;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Feedback;
using KnowledgeBase.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks;

/// <summary>
/// Quick dev-set check on an already built index (no rebuild): the bot's first reply to each question, the same
/// rule as the Bot.Tests dev-set test, with every miss listed for tuning.
/// </summary>
internal static class DevSetCheck
{
    public static async Task RunAsync(IProcedureSearch search, string devSetPath)
    {
        var questions = DevSetReader.ReadFile(devSetPath);
        using var services = BotServices.Build(search);
        var bot = services.GetRequiredService<IBot>();
        int inScope = 0, hits = 0, outOfScope = 0, declined = 0;
        foreach (var question in questions)
        {
            // Each question starts its own conversation, as in the dev-set test.
            var reference = TestAdapter.CreateConversation($"devset-{inScope + outOfScope}", $"citizen-{inScope + outOfScope}");
            reference.ChannelId = "webchat";
            var adapter = new TestAdapter(reference);
            await adapter.SendTextToBotAsync(question.Question, bot.OnTurnAsync, CancellationToken.None);
            var first = (Activity)adapter.GetNextReply();
            var kind = first.Properties.Value<string>("replyKind");
            if (question.IsOutOfScope)
            {
                outOfScope++;
                var ok = kind is "outOfScope" or "noMatch";
                declined += ok ? 1 : 0;
                if (!ok)
                {
                    Console.WriteLine($"OUT  {question.Question} -> {kind} {Evidence(search, question.Question, [])}");
                }

                continue;
            }

            inScope++;
            var offered = kind switch
            {
                "answer" => [first.Properties.Value<string>("procedureCode")!],
                "clarification" => first.SuggestedActions.Actions.Select(a => (string)a.Value).ToList(),
                _ => new List<string>(),
            };
            if (offered.Intersect(question.GoldCodes).Any())
            {
                hits++;
            }
            else
            {
                Console.WriteLine($"MISS {question.Question} -> {kind} [{string.Join(", ", offered)}] gold [{string.Join(", ", question.GoldCodes)}] {Evidence(search, question.Question, question.GoldCodes)}");
            }
        }

        var interpreter = new MessageInterpreter();
        int full1 = 0, full5 = 0, stripped1 = 0, stripped5 = 0;
        foreach (var question in questions.Where(q => !q.IsOutOfScope))
        {
            var full = search.Search(new SearchRequest(question.Question) { MaxResults = 5 }).Select(h => h.Procedure.Code).ToList();
            var stripped = search.Search(new SearchRequest(interpreter.Interpret(question.Question).SearchText is { Length: > 0 } t ? t : question.Question) { MaxResults = 5 }).Select(h => h.Procedure.Code).ToList();
            full1 += full.Take(1).Intersect(question.GoldCodes).Any() ? 1 : 0;
            full5 += full.Intersect(question.GoldCodes).Any() ? 1 : 0;
            stripped1 += stripped.Take(1).Intersect(question.GoldCodes).Any() ? 1 : 0;
            stripped5 += stripped.Intersect(question.GoldCodes).Any() ? 1 : 0;
        }

        Console.WriteLine($"search recall@1/@5: full question {full1}/{full5}, stripped {stripped1}/{stripped5} of {inScope}");
        Console.WriteLine($"in scope: {hits}/{inScope} = {(double)hits / inScope:P1}; out of scope declined: {declined}/{outOfScope}");
    }

    // Where the search put the gold and how confident it was, to tell search misses from resolver misses.
    private static string Evidence(IProcedureSearch search, string question, IReadOnlyCollection<string> gold)
    {
        var hits = search.Search(new SearchRequest(question) { MaxResults = 10 });
        var rank = hits.Select((h, i) => (h, i)).FirstOrDefault(x => gold.Contains(x.h.Procedure.Code)).i;
        var found = hits.Any(h => gold.Contains(h.Procedure.Code));
        return hits.Count == 0 ? "(no hits)" : $"(top {hits[0].Score:F0}, gold rank {(found ? (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")})";
    }
}
