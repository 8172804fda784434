using Bot.Tests.Bot.Support;
using global::KnowledgeBase.Feedback;

namespace Bot.Tests.KnowledgeBase.Feedback;

public sealed class InboxDecisionsTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 5, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task DecisionsFromTwoInstancesWritingAtOnceAreAllKept()
    {
        var first = new InboxDecisions(_folder.Path);
        var second = new InboxDecisions(_folder.Path);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).RecordAsync([new InboxDecision($"cau hoi {i}", InboxStatuses.Dismissed, Noon, "A")], CancellationToken.None))));

        Assert.Equal(40, first.Read().Count);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task ARecordIsHandledOnlyUpToTheDecisionSoTheSameQuestionAskedLaterIsOpenAgain()
    {
        var decisions = new InboxDecisions(_folder.Path);
        await decisions.RecordAsync([new InboxDecision(FeedbackGrouping.Key("Giá vàng?"), InboxStatuses.OutOfScope, Noon, "A")], CancellationToken.None);
        var read = decisions.Read();

        Assert.True(InboxDecisions.IsHandled(Record("giá vàng", Noon.AddMinutes(-1)), read));
        Assert.False(InboxDecisions.IsHandled(Record("giá vàng", Noon.AddMinutes(1)), read));
        Assert.False(InboxDecisions.IsHandled(Record("giá đất", Noon.AddMinutes(-1)), read));
    }

    [Fact]
    public void TheDecisionsFileIsNotReadAsFeedback()
    {
        Assert.DoesNotContain(".jsonl", InboxDecisions.FileName, StringComparison.Ordinal);
    }

    private static FeedbackRecord Record(string question, DateTimeOffset time) =>
        new() { Kind = FeedbackKinds.Unanswered, Time = time, Question = question };

    public void Dispose() => _folder.Dispose();
}
