
namespace Bot.Tests.Indexer.Commands;

public sealed class ValidateCommandTests
{
    private static readonly string ValidFixture =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));

    private static void WriteProcedure(IndexerTestContext test, string fileName, string markdown)
    {
        Directory.CreateDirectory(test.ProceduresPath);
        File.WriteAllText(Path.Combine(test.ProceduresPath, fileName), markdown);
    }

    [Fact]
    public async Task ValidContentExitsZeroWithASummary()
    {
        using var test = new IndexerTestContext();
        WriteProcedure(test, "1.014061.md", ValidFixture);

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["validate"]);

        Assert.Equal(0, exit);
        Assert.Equal("1 files, 1 procedures valid, 0 errors, 0 warnings", test.Out.ToString().Trim());
    }

    [Fact]
    public async Task MalformedRegressionCaseIsReportedAsFileLineMessageAndFailsTheRun()
    {
        using var test = new IndexerTestContext();
        WriteProcedure(test, "1.014061.md", ValidFixture);
        var regressions = Path.Combine(test.ContentPath, "regressions.jsonl");
        File.WriteAllLines(regressions, ["""{"question": "cấp căn cước lần đầu", "code": "1.014061"}""", """{"question": "cấp căn cước", "code": "1.014061", "added": "hôm qua"}"""]);

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["validate"]);

        Assert.Equal(1, exit);
        Assert.Equal($"{regressions}:2: error: \"added\" phải là ngày viết dạng yyyy-MM-dd, nhưng đang là 'hôm qua'", test.Error.ToString().Trim());
        Assert.Equal("1 files, 1 procedures valid, 1 errors, 0 warnings", test.Out.ToString().Trim());
    }

    [Fact]
    public async Task AnUnknownFactsKeyAndABrokenJsonLineArePrintedInVietnameseWithTheirLines()
    {
        using var test = new IndexerTestContext();
        WriteProcedure(test, "1.014061.md", ValidFixture.Replace("  fee: \"Lệ phí : 70000 Đồng\"\n---", "  fee: \"Lệ phí : 70000 Đồng\"\nfacts:\n  bogus: 1\n---", StringComparison.Ordinal));
        var regressions = Path.Combine(test.ContentPath, "regressions.jsonl");
        File.WriteAllLines(regressions, ["""{question: "cấp căn cước lần đầu", "code": "1.014061"}"""]);

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["validate"]);

        Assert.Equal(1, exit);
        var lines = test.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("content/procedures/1.014061.md:18: error: Trường 'bogus' không được hỗ trợ trong phần facts (dòng 18)", StringComparison.Ordinal));
        Assert.Contains($"{regressions}:1: error: Dòng này không phải JSON hợp lệ: tên trường phải đặt trong dấu nháy kép, ví dụ \"question\" (ở ký tự thứ 2)", lines);
        Assert.DoesNotContain("Property", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenFileIsReportedAsFileLineMessageAndFailsTheRun()
    {
        using var test = new IndexerTestContext();
        WriteProcedure(test, "1.014061.md", ValidFixture);
        WriteProcedure(test, "2.000001.md", ValidFixture.Replace("code: \"1.014061\"", "code: \"2.000001\"", StringComparison.Ordinal)
            .Replace("## Phí, lệ phí", "## Lệ phí bao nhiêu", StringComparison.Ordinal));

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["validate"]);

        Assert.Equal(1, exit);
        var lines = test.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("content/procedures/2.000001.md:33: error: Tiêu đề '## Lệ phí bao nhiêu' không đúng", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/procedures/2.000001.md:1: error: Thiếu mục bắt buộc '## Phí, lệ phí'", StringComparison.Ordinal));
        Assert.Contains("2 files, 1 procedures valid, 2 errors", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateCodeInTwoFilesFailsTheRun()
    {
        using var test = new IndexerTestContext();
        WriteProcedure(test, "1.014061.md", ValidFixture);
        WriteProcedure(test, "copy-of-1.014061.md", ValidFixture);

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["validate"]);

        Assert.Equal(1, exit);
        Assert.Contains("content/procedures/copy-of-1.014061.md:1: error: Mã 1.014061 bị trùng: tệp content/procedures/1.014061.md đã dùng mã này",
            test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileNamedDifferentlyFromItsCodeIsAWarningOnly()
    {
        using var test = new IndexerTestContext();
        WriteProcedure(test, "can-cuoc.md", ValidFixture);

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["validate"]);

        Assert.Equal(0, exit);
        Assert.Contains("content/procedures/can-cuoc.md:1: warning: Tên tệp 'can-cuoc.md' không khớp với mã 1.014061; hãy đổi tên thành 1.014061.md",
            test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingContentFolderFails()
    {
        using var test = new IndexerTestContext();

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["validate"]);

        Assert.Equal(1, exit);
        Assert.Contains("Không tìm thấy thư mục nội dung", test.Error.ToString(), StringComparison.Ordinal);
    }
}
