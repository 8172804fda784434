using Bot.Tests.Bot.Support;
using Bot.Tests.Fuzzing;
using CsCheck;
using global::Bot.Conversation;
using KnowledgeBase.Content;
using KnowledgeBase.Matching;
using Microsoft.Bot.Builder.Adapters;

namespace Bot.Tests.Bot.Conversation;

/// <summary>The bot's query path never throws or hangs on any message, hostile or not.</summary>
public sealed class MessageQueryPathFuzzTests : IDisposable
{
    private readonly MessageInterpreter _interpreter = new();
    private readonly ProcedureMatcher _matcher = new(BotFixtures.Search);
    private readonly BotHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void AnyWellFormedMessageIsInterpretedAndResolvedWithoutThrowing() =>
        HostileInput.Text.Select(WellFormedText.Repair).Sample(message => HostileInput.Bounded(() =>
        {
            var understanding = _interpreter.Interpret(message);
            _ = _interpreter.ChoiceLevel(message);
            if (understanding.Intent == Intent.Question)
            {
                var resolution = _matcher.Match(understanding.ToMatchRequest(), CancellationToken.None);
                Assert.InRange(resolution.Candidates.Count, 0, ProcedureMatcher.MaxChoices);
            }
        }), iter: HostileInput.Iterations, threads: 1);

    [Fact]
    public void AnyMessageSentToTheBotGetsAComposedReply() =>
        HostileInput.Text.Sample(message => HostileInput.Bounded(() =>
        {
            // The whole turn, from the raw text (lone surrogates included) to the rendered reply; an exception would fail it.
            var replies = BotHarness.RepliesAsync(new TestAdapter("webchat"), _harness.Bot, message).GetAwaiter().GetResult();

            Assert.NotEmpty(replies);
            Assert.All(replies, r => Assert.NotEqual("", r.Kind()));
        }), iter: HostileInput.Iterations / 2, threads: 1);
}
