using Indexer;
using Indexer.Commands;
using KnowledgeBase.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Indexer.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-command-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(new string[0], "missing the questions file")]
    [InlineData(new[] { "q.jsonl", "--k", "zero" }, "--k needs a whole number")]
    [InlineData(new[] { "q.jsonl", "--k", "0" }, "--k needs a whole number")]
    [InlineData(new[] { "q.jsonl", "--fast" }, "unknown option '--fast'")]
    [InlineData(new[] { "q.jsonl", "other.jsonl" }, "unexpected argument 'other.jsonl'")]
    public async Task BadArgumentsAreRefusedWithUsage(string[] args, string message)
    {
        var code = await new EvalCommand(mainSearchFactory: null).RunAsync(Context(), args, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains(message, _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: Indexer eval", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedQuestionLineIsReportedWithFileAndLineNumber()
    {
        var path = Path.Combine(_folder, "questions.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"question": "Làm hộ chiếu ở đâu?", "gold_codes": ["1.001456"]}""",
            """{"question": "Đăng ký kết hôn", "gold_codes": "1.000894"}""",
        ]);

        var code = await new EvalCommand(mainSearchFactory: null).RunAsync(Context(), [path], CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains($"{path}:2:", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_out.ToString());
    }

    [Fact]
    public async Task MissingQuestionsFileIsReported()
    {
        var code = await new EvalCommand(mainSearchFactory: null).RunAsync(Context(), [Path.Combine(_folder, "none.jsonl")], CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains("questions file not found", _error.ToString(), StringComparison.Ordinal);
    }

    private IndexerContext Context() => new()
    {
        Options = new KnowledgeBaseOptions(),
        ContentPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"),
        IndexPath = Path.Combine(_folder, "index"),
        Configuration = new ConfigurationBuilder().Build(),
        LoggerFactory = NullLoggerFactory.Instance,
        Out = _out,
        Error = _error,
        Interactive = false,
    };
}
