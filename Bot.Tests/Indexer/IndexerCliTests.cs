using Bot.Tests.Evaluation;
using Bot.Tests.Indexer.Commands;

namespace Bot.Tests.Indexer;

public sealed class IndexerCliTests
{
    [Fact]
    public async Task HelpListsEveryCommandAndTheSharedFolderOptions()
    {
        using var test = new IndexerTestContext();

        var exit = await IndexerCommandLine.RunAsync(test.Context, "--help");

        Assert.Equal(0, exit);
        var help = test.Out.ToString();
        foreach (var command in new[] { "import", "validate", "build", "search", "stats", "eval", "bench", "report", "editor", "--content", "--index" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NoCommandAtAllPrintsTheHelpAndSucceeds()
    {
        using var test = new IndexerTestContext();

        var exit = await IndexerCommandLine.RunAsync(test.Context);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "--level", "-n")]
    [InlineData("eval", "--baseline", "--threshold")]
    [InlineData("import", "--updated", "<crawl-folder>")]
    [InlineData("bench", "--queries", "--index")]
    [InlineData("report", "--data", "--top")]
    public async Task EachCommandDescribesItsOwnOptions(string command, string option, string other)
    {
        using var test = new IndexerTestContext();

        var exit = await IndexerCommandLine.RunAsync(test.Context, command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains($"Indexer {command}", test.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains(option, test.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains(other, test.Out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "rebuild" }, "Unrecognized command or argument 'rebuild'", "Run 'Indexer --help' for usage.")]
    [InlineData(new[] { "build", "--force" }, "Unrecognized command or argument '--force'", "Run 'Indexer build --help' for usage.")]
    [InlineData(new[] { "search", "hộ chiếu", "-n", "500" }, "-n must be a whole number from 1 to 100, got '500'", "Run 'Indexer search --help' for usage.")]
    [InlineData(new[] { "search" }, "Required argument 'query' missing", "Run 'Indexer search --help' for usage.")]
    public async Task AMistypedCommandLineIsAUsageErrorThatPointsToTheHelp(string[] args, string message, string hint)
    {
        using var test = new IndexerTestContext();

        var exit = await IndexerCommandLine.RunAsync(test.Context, args);

        Assert.Equal(2, exit);
        Assert.Contains(message, test.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains(hint, test.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(test.Out.ToString());
    }

    [Fact]
    public async Task SearchHonoursTheFoldersLevelAndCountGivenOnTheCommandLine()
    {
        using var test = new IndexerTestContext();
        var content = Path.Combine(test.Root, "other-content");
        var index = Path.Combine(test.Root, "other-index");
        Directory.CreateDirectory(Path.Combine(content, "procedures"));
        // Two commune-level ID card procedures and one provincial passport procedure.
        foreach (var code in new[] { "1.014064", "1.014061", "1.001456" })
        {
            File.Copy(Path.Combine(RepositoryFiles.Content, "procedures", code + ".md"), Path.Combine(content, "procedures", code + ".md"));
        }

        Assert.Equal(0, await IndexerCommandLine.RunAsync(test.Context, "build", "--content", content, "--index", index));

        Assert.Equal(["1.014064"], await SearchAsync(test, "--index", index, "search", "cấp lại thẻ căn cước", "-n", "1"));
        Assert.Equal(["1.001456"], await SearchAsync(test, "--index", index, "search", "cấp", "--level", "Cấp tỉnh"));
        Assert.Equal(3, (await SearchAsync(test, "--index", index, "search", "cấp")).Count);
    }

    /// <summary>The codes a search printed, best first.</summary>
    private static async Task<List<string>> SearchAsync(IndexerTestContext test, params string[] args)
    {
        test.Out.GetStringBuilder().Clear();
        Assert.Equal(0, await IndexerCommandLine.RunAsync(test.Context, args));
        return test.Out.ToString().Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.Length > 3 && char.IsAsciiDigit(l[0]) && l.Contains(". ", StringComparison.Ordinal) && l.IndexOf(". ", StringComparison.Ordinal) <= 2)
            .Select(l => l.Split("  ")[0].Split(". ")[1])
            .ToList();
    }

    [Fact]
    public async Task BuildWrittenToALogHasNoTerminalControlSequences()
    {
        using var test = new IndexerTestContext();
        Directory.CreateDirectory(test.ProceduresPath);
        File.Copy(Path.Combine(RepositoryFiles.Content, "procedures", "1.014064.md"), Path.Combine(test.ProceduresPath, "1.014064.md"));

        var exit = await IndexerCommandLine.RunAsync(test.Context, "build");

        Assert.Equal(0, exit);
        var output = test.Out.ToString();
        Assert.Contains("Indexed 1 procedures", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\r', output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
