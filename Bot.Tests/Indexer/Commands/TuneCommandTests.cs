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
        var (citizen, formal) = await TrainingSetFiles.WriteAsync(_test);

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
