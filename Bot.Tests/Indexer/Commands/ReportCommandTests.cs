using Bot.Tests.Bot.Support;
using Indexer;
using KnowledgeBase.Configuration;
using KnowledgeBase.Feedback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Indexer.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _folder.Dispose();
        _out.Dispose();
        _error.Dispose();
    }

    [Fact]
    public async Task ReportListsMostFrequentUnansweredQuestionsAndWorstRatedProceduresFirst()
    {
        using (var log = new FeedbackLog(_folder.Path))
        {
            var time = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
            foreach (var question in new[] { "nuôi chim cảnh có cần xin phép?", "Nuôi chim cảnh có cần xin phép", "giá vé xe buýt" })
            {
                await log.AppendAsync(new FeedbackRecord { Kind = FeedbackKinds.Unanswered, Time = time, Question = question }, CancellationToken.None);
            }

            await Rate(log, "1.004222", "Đăng ký thường trú", helpful: false, "lệ phí thường trú, sđt 0912345678");
            await Rate(log, "1.004222", "Đăng ký thường trú", helpful: false, "thường trú cần gì");
            await Rate(log, "1.001193", "Thủ tục đăng ký khai sinh", helpful: false, "khai sinh mất bao lâu");
            await Rate(log, "1.001193", "Thủ tục đăng ký khai sinh", helpful: true, "khai sinh lệ phí");
        }

        await File.AppendAllTextAsync(Path.Combine(_folder.Path, "feedback-2026-11.jsonl"), "{not json\n");

        var code = await IndexerCommandLine.RunAsync(Context(), ["report", "--data", _folder.Path, "--top", "5"]);

        Assert.Equal(0, code);
        var report = _out.ToString();
        Assert.Contains("1 unreadable lines skipped", report);
        var rows = report.Split('\n').Select(TableCells.Of).ToList();
        Assert.Contains(rows, r => r is ["2", "nuôi chim cảnh có cần xin phép?", "2026-11-20", ""]);
        Assert.True(report.IndexOf("nuôi chim cảnh", StringComparison.Ordinal) < report.IndexOf("giá vé xe buýt", StringComparison.Ordinal));
        Assert.Contains(rows, r => r is ["1.004222", "Đăng ký thường trú", "2", "0", "Fee", _]);
        Assert.True(report.IndexOf("1.004222", StringComparison.Ordinal) < report.IndexOf("1.001193", StringComparison.Ordinal));
        Assert.Contains("[phone]", report);
        Assert.DoesNotContain("0912345678", report);
    }

    [Fact]
    public async Task UnknownArgumentIsRefusedWithAPointerToHelp()
    {
        var code = await IndexerCommandLine.RunAsync(Context(), ["report", "--bogus"]);

        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument '--bogus'", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Run 'Indexer report --help' for usage.", _error.ToString(), StringComparison.Ordinal);
    }

    private static Task Rate(FeedbackLog log, string code, string name, bool helpful, string question) =>
        log.AppendAsync(new FeedbackRecord
        {
            Kind = FeedbackKinds.Rating,
            Time = DateTimeOffset.UnixEpoch,
            Question = question,
            ProcedureCode = code,
            ProcedureName = name,
            Helpful = helpful,
            Aspect = "Fee",
            AnswerPath = "extractive",
        }, CancellationToken.None);

    private IndexerContext Context() => new()
    {
        Options = new KnowledgeBaseOptions(),
        ContentPath = _folder.Path,
        IndexPath = _folder.Path,
        Configuration = new ConfigurationBuilder().Build(),
        LoggerFactory = NullLoggerFactory.Instance,
        Out = _out,
        Error = _error,
        Interactive = false,
    };
}
