using Bot.Tests.Bot.Support;
using Bot.Tests.Evaluation;
using KnowledgeBase.Evaluation;
using Microsoft.Bot.Builder.Adapters;
using Xunit.Abstractions;

namespace Bot.Tests.Bot.Evaluation;

/// <summary>
/// The bot's first reply to every dev-set question, on the real index over the repository's content:
/// in-scope questions must be answered with a gold procedure or offer one (a choice, or another procedure beside the answer),
/// out-of-scope questions must be declined.
/// </summary>
public sealed class DevSetConversationTests(ITestOutputHelper output)
{
    // The first reply answers a gold procedure or offers it (a choice, or a button beside the answer). Session 5
    // measured 0.958 (253/264) when every menu counted as a hit; session 6 answers instead of asking (families, no
    // menus of loosely related records, no buttons for procedures the question does not confirm) and measures 0.947
    // (250/264) on this looser-than-it-looks criterion, while direct right answers rose on the answer sets. The floor
    // leaves one question for tie order between index builds: raise it as the bot improves.
    private const double RequiredInScopeRate = 0.94;

    [Fact]
    public async Task FirstRepliesKeepTheMeasuredGoldRateAndDeclineEveryOutOfScopeQuestion()
    {
        var questions = DevSetReader.ReadFile(RepositoryFiles.DevSet);
        using var harness = new BotHarness(search: BotFixtures.RepositorySearch);
        int inScope = 0, hits = 0, outOfScope = 0, declined = 0;
        var misses = new List<string>();
        foreach (var question in questions)
        {
            // Each question starts its own conversation: nothing a previous question left pending may help or hurt.
            var replies = await BotHarness.RepliesAsync(new TestAdapter(FreshConversation(inScope + outOfScope)), harness.Bot, question.Question);
            var first = replies[0];
            var kind = first.Kind();
            if (question.IsOutOfScope)
            {
                outOfScope++;
                if (kind is "outOfScope" or "noMatch")
                {
                    declined++;
                }
                else
                {
                    misses.Add($"OUT  {question.Question} -> {kind} {first.Code()}");
                }

                continue;
            }

            inScope++;
            // Answered, or offered one tap away: a choice, or another procedure beside the answer.
            var offered = kind switch
            {
                "answer" => [first.Code()!, .. first.Actions().Select(a => a.Value as string).OfType<string>()],
                "clarification" => first.Actions().Select(a => (string)a.Value).ToList(),
                _ => new List<string>(),
            };
            if (offered.Intersect(question.GoldCodes).Any())
            {
                hits++;
            }
            else
            {
                misses.Add($"MISS {question.Question} -> {kind} [{string.Join(", ", offered)}] gold [{string.Join(", ", question.GoldCodes)}]");
            }
        }

        var rate = (double)hits / inScope;
        output.WriteLine($"in scope: {hits}/{inScope} = {rate:P1}; out of scope declined: {declined}/{outOfScope}");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(inScope > 0 && outOfScope > 0, "the dev set must hold both kinds of question");
        Assert.True(rate >= RequiredInScopeRate, $"first reply named a gold procedure for {rate:P1} of in-scope questions");
        Assert.Equal(outOfScope, declined);
    }

    private static Microsoft.Bot.Schema.ConversationReference FreshConversation(int index)
    {
        var reference = TestAdapter.CreateConversation($"devset-{index}", $"citizen-{index}");
        reference.ChannelId = "webchat";
        return reference;
    }
}
