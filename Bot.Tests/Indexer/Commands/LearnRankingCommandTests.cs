using KnowledgeBase.Search;

namespace Bot.Tests.Indexer.Commands;

public sealed class LearnRankingCommandTests : IDisposable
{
    private readonly IndexerTestContext _test = new();

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData(new string[0], "Required argument 'sets.jsonl' missing")]
    [InlineData(new[] { "q.jsonl", "--depth", "40" }, "--depth must be a whole number from 2 to 30, got '40'")]
    public async Task BadArgumentsAreRefusedWithUsage(string[] args, string message)
    {
        var code = await IndexerCommandLine.RunAsync(_test.Context, ["learn-ranking", .. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, _test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LearningReportsEverySetHandMadeAndCrossValidatedAndWritesTheWeights()
    {
        var (citizen, formal) = await TrainingSetFiles.WriteAsync(_test);
        var heldOut = Path.Combine(_test.Root, "heldout.jsonl");
        await File.WriteAllLinesAsync(heldOut, ["""{"question": "làm hộ chiếu", "gold_codes": ["1.001456"]}"""]);
        var weights = Path.Combine(_test.Root, "LearnedRanking.json");

        var code = await IndexerCommandLine.RunAsync(_test.Context, ["learn-ranking", citizen, formal, "--folds", "2", "--measure", heldOut, "--write", weights]);

        Assert.Equal(0, code);
        var output = _test.Out.ToString();
        Assert.Contains($"Learning {LearnedRanking.FeatureNames.Count} weights on 4 questions (citizen: 2, formal: 2), 2 folds, top 30", output, StringComparison.Ordinal);
        var rows = output.Split('\n').Select(TableCells.Of).ToList();
        Assert.Contains(rows, r => r.FirstOrDefault() == "citizen" && r[1] == "2");
        Assert.Contains(rows, r => r.FirstOrDefault() == "formal" && r[1] == "2");
        Assert.Contains(rows, r => r.FirstOrDefault() == "heldout (measured only)" && r[1] == "1");
        Assert.Equal(LearnedRanking.FeatureNames, LearnedRanking.Parse(await File.ReadAllTextAsync(weights)).Features);
        Assert.False(Directory.Exists(_test.Context.IndexPath), "learning builds a scratch index and never publishes");
    }
}
