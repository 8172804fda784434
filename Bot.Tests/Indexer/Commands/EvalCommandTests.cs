using System.Text.Json;
using Bot.Tests.Evaluation;
using Indexer;
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
    [InlineData(new string[0], "Required argument 'questions.jsonl' missing")]
    [InlineData(new[] { "q.jsonl", "--k", "zero" }, "--k must be a whole number from 1 to 50, got 'zero'")]
    [InlineData(new[] { "q.jsonl", "--k", "0" }, "--k must be a whole number from 1 to 50, got '0'")]
    [InlineData(new[] { "q.jsonl", "--threshold", "high" }, "--threshold needs a number, got 'high'")]
    [InlineData(new[] { "q.jsonl", "--fast" }, "Unrecognized command or argument '--fast'")]
    [InlineData(new[] { "q.jsonl", "other.jsonl" }, "Unrecognized command or argument 'other.jsonl'")]
    public async Task BadArgumentsAreRefusedWithUsage(string[] args, string message)
    {
        var code = await IndexerCommandLine.RunAsync(Context(), ["eval", .. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Run 'Indexer eval --help' for usage.", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_out.ToString());
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

        var code = await IndexerCommandLine.RunAsync(Context(), ["eval", path]);

        Assert.Equal(2, code);
        Assert.Contains($"{path}:2:", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_out.ToString());
    }

    [Fact]
    public async Task MissingQuestionsFileIsReported()
    {
        var code = await IndexerCommandLine.RunAsync(Context(), ["eval", Path.Combine(_folder, "none.jsonl")]);

        Assert.Equal(2, code);
        Assert.Contains("questions file not found", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalPrintsBothSearchesSideBySideAndEndsWithJsonFiguresOfTheMainSearch()
    {
        var content = Path.Combine(_folder, "content");
        Directory.CreateDirectory(Path.Combine(content, "procedures"));
        foreach (var procedure in new[] { "1.014064", "1.001456", "1.000894", "1.001612", "1.012786" })
        {
            File.Copy(Path.Combine(RepositoryFiles.Content, "procedures", procedure + ".md"), Path.Combine(content, "procedures", procedure + ".md"));
        }

        var questions = Path.Combine(_folder, "questions.jsonl");
        await File.WriteAllLinesAsync(questions,
        [
            """{"question": "Mất thẻ căn cước thì cấp lại ở đâu?", "gold_codes": ["1.014064"]}""",
            """{"question": "Đăng ký kết hôn cần giấy tờ gì?", "gold_codes": ["1.000894"]}""",
            """{"question": "dang ky ho kinh doanh", "gold_codes": ["1.001612"]}""",
            """{"question": "Ngày mai Hà Nội có mưa không?", "gold_codes": []}""",
        ]);

        var code = await IndexerCommandLine.RunAsync(Context(content), ["eval", questions, "--baseline", "--verbose"]);

        Assert.Equal(0, code);
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.Contains("plain BM25 baseline", StringComparison.Ordinal));
        var rows = lines.Select(TableCells.Of).ToList();
        var header = rows.Single(r => r.FirstOrDefault() == "subset");
        Assert.Equal(["subset", "n", "R@1", "R@5", "R@10", "MRR@10", "BM25 R@1", "BM25 R@5", "BM25 R@10", "BM25 MRR@10"], header);
        Assert.Contains(rows, r => r.FirstOrDefault() == "with diacritics" && r[1] == "2" && r.Count == header.Count);
        Assert.Contains(rows, r => r.FirstOrDefault() == "no diacritics" && r[1] == "1" && r.Count == header.Count);
        Assert.Contains(lines, l => l.StartsWith("Out of scope:", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(lines[^1]);
        Assert.Equal(3, json.RootElement.GetProperty("n").GetInt32());
        foreach (var name in new[] { "recall_at_1", "recall_at_5", "recall_at_10", "mrr_at_10" })
        {
            Assert.InRange(json.RootElement.GetProperty(name).GetDouble(), 0, 1);
        }

        Assert.Equal(1.0, json.RootElement.GetProperty("recall_at_10").GetDouble());
    }

    [Fact]
    public async Task EvalReportsTheContentRegressionCasesBeforeTheJsonLine()
    {
        var content = Path.Combine(_folder, "content");
        Directory.CreateDirectory(Path.Combine(content, "procedures"));
        foreach (var procedure in new[] { "1.014064", "1.000894" })
        {
            File.Copy(Path.Combine(RepositoryFiles.Content, "procedures", procedure + ".md"), Path.Combine(content, "procedures", procedure + ".md"));
        }

        await File.WriteAllLinesAsync(Path.Combine(content, "regressions.jsonl"),
        [
            """{"question": "mất thẻ căn cước làm lại", "code": "1.014064"}""",
            """{"question": "đăng ký kết hôn", "code": "1.014064"}""",
        ]);
        var questions = Path.Combine(_folder, "questions.jsonl");
        await File.WriteAllLinesAsync(questions, ["""{"question": "Đăng ký kết hôn cần giấy tờ gì?", "gold_codes": ["1.000894"]}"""]);

        var code = await IndexerCommandLine.RunAsync(Context(content), ["eval", questions]);

        Assert.Equal(0, code);
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("Regression cases (regressions.jsonl): 1 of 2 pass, 1 fail", lines);
        Assert.Contains(lines, l => l.StartsWith("dòng 2: “đăng ký kết hôn” → cần ra thủ tục 1.014064, nhưng ra thủ tục 1.000894", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(lines[^1]);
    }

    private IndexerContext Context(string? content = null) => new()
    {
        Options = new KnowledgeBaseOptions(),
        ContentPath = content ?? Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"),
        IndexPath = Path.Combine(_folder, "index"),
        Configuration = new ConfigurationBuilder().Build(),
        LoggerFactory = NullLoggerFactory.Instance,
        Out = _out,
        Error = _error,
        Interactive = false,
    };
}
