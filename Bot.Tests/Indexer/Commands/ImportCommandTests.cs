using Bot.Tests.KnowledgeBase.Import;
using KnowledgeBase.Content;

namespace Bot.Tests.Indexer.Commands;

public sealed class ImportCommandTests
{
    private static string CopyCrawl(IndexerTestContext test, params (string Ministry, string Code)[] records)
    {
        var crawl = Path.Combine(test.Root, "raw");
        foreach (var (ministry, code) in records)
        {
            Directory.CreateDirectory(Path.Combine(crawl, ministry));
            File.Copy(CrawlFixtures.PathOf(ministry, code), Path.Combine(crawl, ministry, code + ".json"));
        }

        return crawl;
    }

    [Fact]
    public async Task ImportWritesOneValidFilePerRecordAndReportsCounts()
    {
        using var test = new IndexerTestContext();
        var crawl = CopyCrawl(test, ("bo-cong-an", "1.014061"), ("bo-tai-chinh", "1.006429"), ("bo-xay-dung", "6.003636"));

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-11-25"]);

        Assert.Equal(0, exit);
        Assert.Equal(["1.006429.md", "1.014061.md", "6.003636.md"], Directory.GetFiles(test.ProceduresPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("records: 3, written: 3, failed: 0, with unparsed tables (original text kept): 1", test.Out.ToString(), StringComparison.Ordinal);
        var snapshot = ContentLoader.Load(test.ContentPath);
        Assert.False(snapshot.HasErrors, string.Join("\n", snapshot.Diagnostics));
        Assert.Equal(3, snapshot.Procedures.Count);
        Assert.All(snapshot.Procedures, p => Assert.Equal(new DateOnly(2026, 11, 25), p.Updated));
    }

    [Fact]
    public async Task ImportingTheSameCrawlTwiceGivesByteIdenticalFiles()
    {
        using var test = new IndexerTestContext();
        var crawl = CopyCrawl(test, ("bo-cong-an", "1.014061"), ("bo-tai-chinh", "1.007664"));

        await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-11-25"]);
        var first = Directory.GetFiles(test.ProceduresPath).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-11-25"]);
        var second = Directory.GetFiles(test.ProceduresPath).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task MalformedJsonIsReportedByFileAndTheOtherRecordsAreStillImported()
    {
        using var test = new IndexerTestContext();
        var crawl = CopyCrawl(test, ("bo-cong-an", "1.014061"));
        await File.WriteAllTextAsync(Path.Combine(crawl, "bo-cong-an", "9.999999.json"), "{\"ma_thu_tuc\": \"9.999999\", \"ten_thu_tuc\": ");

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["import", crawl]);

        Assert.Equal(1, exit);
        Assert.StartsWith("bo-cong-an/9.999999.json: ", test.Error.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(test.ProceduresPath, "1.014061.md")));
        Assert.Contains("records: 2, written: 1, failed: 1", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingCrawlFolderIsAClearError()
    {
        using var test = new IndexerTestContext();
        var missing = Path.Combine(test.Root, "no-such-crawl");

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["import", missing]);

        Assert.NotEqual(0, exit);
        Assert.Contains($"{missing}: crawl folder not found", test.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadUpdatedDateIsRejectedBeforeAnythingIsWritten()
    {
        using var test = new IndexerTestContext();
        var crawl = CopyCrawl(test, ("bo-cong-an", "1.014061"));

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "25/11/2026"]);

        Assert.Equal(2, exit);
        Assert.Contains("--updated needs a date like 2026-11-25, got '25/11/2026'", test.Error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(test.ProceduresPath));
    }

    [Fact]
    public async Task ReimportKeepsAliasesAndAudienceEditorsAddedAndRefreshesTheRest()
    {
        using var test = new IndexerTestContext();
        var crawl = CopyCrawl(test, ("bo-cong-an", "1.014061"));
        await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-11-25"]);
        var file = Path.Combine(test.ProceduresPath, "1.014061.md");
        var edited = (await File.ReadAllTextAsync(file)).Replace("updated: 2026-11-25\n", "updated: 2026-11-25\naudience: Người từ đủ 14 tuổi\naliases:\n- làm căn cước\n- làm CCCD\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, edited);

        await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-12-01"]);

        var p = ProcedureMarkdownReader.Read(await File.ReadAllTextAsync(file), file).Procedure!;
        Assert.Equal(["làm căn cước", "làm CCCD"], p.Aliases);
        Assert.Equal("Người từ đủ 14 tuổi", p.Audience);
        Assert.Equal(new DateOnly(2026, 12, 1), p.Updated);
    }

    [Fact]
    public async Task ImportWritesStructuredFactsAndAReimportKeepsTheOnesAnEditorCorrected()
    {
        using var test = new IndexerTestContext();
        var crawl = CopyCrawl(test, ("bo-cong-an", "1.014061"));
        await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-11-25"]);
        var file = Path.Combine(test.ProceduresPath, "1.014061.md");

        var imported = ProcedureMarkdownReader.Read(await File.ReadAllTextAsync(file), file).Procedure!;
        var time = imported.Facts!.Times.First(t => t.Channel == "Trực tiếp");
        Assert.Equal((7m, "ngày làm việc"), (time.Value, time.Unit));
        Assert.StartsWith("địa điểm tiếp dân của Công an cấp xã", imported.Facts.Place, StringComparison.Ordinal);

        // An editor corrects the place; the next import keeps it while the rest of the file follows the catalogue.
        var corrected = (await File.ReadAllTextAsync(file)).Replace("  place: ", "  place: Công an phường nơi thuận tiện, ", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, corrected);
        await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-12-01"]);

        var reimported = ProcedureMarkdownReader.Read(await File.ReadAllTextAsync(file), file).Procedure!;
        Assert.StartsWith("Công an phường nơi thuận tiện, ", reimported.Facts!.Place, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 1), reimported.Updated);
    }

    [Fact]
    public async Task AReimportRefreshesFactsNobodyChanged()
    {
        using var test = new IndexerTestContext();
        var crawl = CopyCrawl(test, ("bo-cong-an", "1.014061"));
        await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-11-25"]);
        var file = Path.Combine(test.ProceduresPath, "1.014061.md");
        var first = await File.ReadAllTextAsync(file);

        // The catalogue's own time changes: the derived facts follow it, since no editor touched them.
        var record = Path.Combine(crawl, "bo-cong-an", "1.014061.json");
        await File.WriteAllTextAsync(record, (await File.ReadAllTextAsync(record)).Replace("Trực tiếp7 Ngày làm việc", "Trực tiếp5 Ngày làm việc", StringComparison.Ordinal));
        await IndexerCommandLine.RunAsync(test.Context, ["import", crawl, "--updated", "2026-11-25"]);

        var reimported = ProcedureMarkdownReader.Read(await File.ReadAllTextAsync(file), file).Procedure!;
        Assert.Contains("value: 7", first, StringComparison.Ordinal);
        Assert.Equal(5m, reimported.Facts!.Times.First(t => t.Channel == "Trực tiếp").Value);
    }
}
