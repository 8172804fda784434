using Bot.Tests.Evaluation;
using KnowledgeBase.Indexing;

namespace Bot.Tests.Indexer.Commands;

/// <summary><c>Indexer build</c> and the content's regression cases: a change that breaks an earlier fix is not published.</summary>
public sealed class BuildCommandTests
{
    private const string IdCardCase = """{"question": "cấp lại thẻ căn cước bị mất", "code": "1.014064", "note": "fixed by an editor"}""";

    [Fact]
    public async Task BuildWhoseRegressionCasesPassIsPublishedAndSaysSo()
    {
        using var test = new IndexerTestContext();
        CopyProcedures(test, "1.014064", "1.001456");
        await File.WriteAllLinesAsync(RegressionsPath(test), [IdCardCase]);

        var exit = await IndexerCommandLine.RunAsync(test.Context, "build");

        Assert.Equal(0, exit);
        Assert.Contains("Regression cases: all 1 pass", test.Out.ToString(), StringComparison.Ordinal);
        Assert.NotNull(IndexLayout.ReadCurrent(test.Context.IndexPath));
    }

    [Fact]
    public async Task BuildThatNoLongerFindsAnExpectedProcedureIsRefusedAndThePreviousIndexStays()
    {
        using var test = new IndexerTestContext();
        CopyProcedures(test, "1.014064", "1.001456");
        await File.WriteAllLinesAsync(RegressionsPath(test), [IdCardCase]);
        Assert.Equal(0, await IndexerCommandLine.RunAsync(test.Context, "build"));
        var previous = IndexLayout.ReadCurrent(test.Context.IndexPath);
        // The editor's change removes the procedure the earlier fix relied on.
        File.Delete(Path.Combine(test.ProceduresPath, "1.014064.md"));

        var exit = await IndexerCommandLine.RunAsync(test.Context, "build");

        Assert.Equal(1, exit);
        var error = test.Error.ToString();
        Assert.Contains("Không xuất bản: 1/1 câu hỏi kiểm tra trong regressions.jsonl không còn đạt", error, StringComparison.Ordinal);
        Assert.Contains("dòng 1: “cấp lại thẻ căn cước bị mất” → cần ra thủ tục 1.014064, nhưng ra thủ tục 1.001456", error, StringComparison.Ordinal);
        Assert.Contains("[fixed by an editor]", error, StringComparison.Ordinal);
        Assert.Contains("chỉ mục đang dùng không đổi", error, StringComparison.Ordinal);
        Assert.Equal(previous, IndexLayout.ReadCurrent(test.Context.IndexPath));
        Assert.Equal([previous], Directory.GetDirectories(IndexLayout.BuildsPath(test.Context.IndexPath)).Select(Path.GetFileName));
    }

    [Fact]
    public async Task SkipRegressionsPublishesABuildThatBreaksACase()
    {
        using var test = new IndexerTestContext();
        CopyProcedures(test, "1.001456");
        await File.WriteAllLinesAsync(RegressionsPath(test), [IdCardCase]);

        var exit = await IndexerCommandLine.RunAsync(test.Context, "build", "--skip-regressions");

        Assert.Equal(0, exit);
        Assert.Contains("Regression cases: skipped (--skip-regressions)", test.Out.ToString(), StringComparison.Ordinal);
        Assert.NotNull(IndexLayout.ReadCurrent(test.Context.IndexPath));
    }

    [Fact]
    public async Task MalformedRegressionsFileRefusesTheBuildWithFileAndLine()
    {
        using var test = new IndexerTestContext();
        CopyProcedures(test, "1.014064");
        await File.WriteAllLinesAsync(RegressionsPath(test), [IdCardCase, """{"question": "hộ chiếu"}"""]);

        var exit = await IndexerCommandLine.RunAsync(test.Context, "build");

        Assert.Equal(1, exit);
        Assert.Contains($"{RegressionsPath(test)}:2:", test.Error.ToString(), StringComparison.Ordinal);
        Assert.Null(IndexLayout.ReadCurrent(test.Context.IndexPath));
    }

    [Fact]
    public async Task BuildHelpOffersSkipRegressionsForEmergencies()
    {
        using var test = new IndexerTestContext();

        Assert.Equal(0, await IndexerCommandLine.RunAsync(test.Context, "build", "--help"));

        Assert.Contains("--skip-regressions", test.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Emergencies only", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IndexBuilderWithoutACheckPublishesWhateverTheRegressionCasesSay()
    {
        // The Bot's startup build (IndexBootstrapper) uses a plain IndexBuilder: regressions never keep it from serving.
        using var test = new IndexerTestContext();
        CopyProcedures(test, "1.001456");
        File.WriteAllLines(RegressionsPath(test), [IdCardCase]);

        var result = new IndexBuilder().Build(test.ContentPath, test.Context.IndexPath);

        Assert.True(result.Succeeded, result.Error);
    }

    private static string RegressionsPath(IndexerTestContext test) => Path.Combine(test.ContentPath, "regressions.jsonl");

    private static void CopyProcedures(IndexerTestContext test, params string[] codes)
    {
        Directory.CreateDirectory(test.ProceduresPath);
        foreach (var code in codes)
        {
            File.Copy(Path.Combine(RepositoryFiles.Content, "procedures", code + ".md"), Path.Combine(test.ProceduresPath, code + ".md"));
        }
    }
}
