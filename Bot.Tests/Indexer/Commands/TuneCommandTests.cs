using Bot.Tests.Evaluation;

namespace Bot.Tests.Indexer.Commands;

public sealed class TuneCommandTests : IDisposable
{
    private readonly IndexerTestContext _test = new();

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData(new string[0], "Required argument 'sets.jsonl' missing")]
    [InlineData(new[] { "q.jsonl", "--folds", "1" }, "--folds must be a whole number from 2 to 20, got '1'")]
    [InlineData(new[] { "q.jsonl", "--only", "Speed" }, "Argument 'Speed' not recognized")]
    public async Task BadArgumentsAreRefusedWithUsage(string[] args, string message)
    {
        var code = await IndexerCommandLine.RunAsync(_test.Context, ["tune", .. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, _test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TuningReportsEverySetCurrentAndCrossValidatedWithoutPublishingAnIndex()
    {
        Directory.CreateDirectory(_test.ProceduresPath);
        foreach (var procedure in new[] { "1.014064", "1.001456", "1.000894", "1.001612" })
        {
            File.Copy(Path.Combine(RepositoryFiles.Content, "procedures", procedure + ".md"), Path.Combine(_test.ProceduresPath, procedure + ".md"));
        }

        var citizen = Path.Combine(_test.Root, "citizen.jsonl");
        await File.WriteAllLinesAsync(citizen,
        [
            """{"question": "Mất thẻ căn cước thì cấp lại ở đâu?", "gold_codes": ["1.014064"]}""",
            """{"question": "dang ky ho kinh doanh", "gold_codes": ["1.001612"]}""",
            """{"question": "Ngày mai Hà Nội có mưa không?", "gold_codes": []}""",
        ]);
        var formal = Path.Combine(_test.Root, "formal.jsonl");
        await File.WriteAllLinesAsync(formal,
        [
            """{"question": "Kính gửi Sở Tư pháp, hồ sơ đăng ký kết hôn gồm những giấy tờ gì?", "gold_codes": ["1.000894"]}""",
            """{"question": "Đề nghị cho biết thủ tục cấp hộ chiếu phổ thông ở trong nước?", "gold_codes": ["1.001456"]}""",
        ]);

        var code = await IndexerCommandLine.RunAsync(_test.Context, ["tune", citizen, formal, "--folds", "2", "--only", "MetaWeight"]);

        Assert.Equal(0, code);
        var output = _test.Out.ToString();
        Assert.Contains("Learning 1 weights on 4 questions (citizen: 2, formal: 2), 2 folds", output, StringComparison.Ordinal);
        var rows = output.Split('\n').Select(TableCells.Of).ToList();
        Assert.Contains(rows, r => r.FirstOrDefault() == "citizen" && r[1] == "2");
        Assert.Contains(rows, r => r.FirstOrDefault() == "formal" && r[1] == "2");
        Assert.Contains(output.Split('\n'), l => l.StartsWith("Learned on all questions: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_test.Context.IndexPath), "tuning builds a scratch index and never publishes");
    }
}
