using Bot.Tests.Bot.Support;
using KnowledgeBase.Feedback;

namespace Bot.Tests.KnowledgeBase.Feedback;

public sealed class FeedbackLogTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static FeedbackRecord Unanswered(string question, DateTimeOffset time) => new()
    {
        Kind = FeedbackKinds.Unanswered,
        Time = time,
        Question = question,
    };

    [Fact]
    public async Task AnOversizedQuestionIsStoredCutAndMasked()
    {
        using var log = new FeedbackLog(_folder.Path);
        var pasted = "gọi tôi (091) 234-5678 " + string.Concat(Enumerable.Repeat("a\u0301\u0302\u0303", 30_000));

        await log.AppendAsync(Unanswered(pasted, DateTimeOffset.UnixEpoch), CancellationToken.None);

        var stored = Assert.Single(FeedbackLog.ReadAll(_folder.Path).Records).Question;
        Assert.True(stored.Length <= FeedbackLog.MaxQuestionLength + 1, $"{stored.Length} characters stored");
        Assert.StartsWith("gọi tôi [phone] ", stored, StringComparison.Ordinal);
        Assert.True(new FileInfo(Directory.GetFiles(_folder.Path).Single()).Length < 2048);
    }

    [Fact]
    public async Task AFullFileRollsOverAndTheOldestGoWhenTheFolderIsFull()
    {
        using var log = new FeedbackLog(_folder.Path, maxFileBytes: 4096, maxTotalBytes: 3 * 4096);
        var month = new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 200; i++)
        {
            await log.AppendAsync(Unanswered($"câu hỏi số {i} " + new string('x', 200), month), CancellationToken.None);
        }

        var files = Directory.GetFiles(_folder.Path);
        Assert.True(files.Length > 1, "the month's file should have rolled over");
        Assert.True(files.Sum(f => new FileInfo(f).Length) <= 3 * 4096, "the folder must stay under its cap");
        var records = FeedbackLog.ReadAll(_folder.Path).Records;
        Assert.Contains(records, r => r.Question.StartsWith("câu hỏi số 199 ", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Question.StartsWith("câu hỏi số 0 ", StringComparison.Ordinal));
    }
}
