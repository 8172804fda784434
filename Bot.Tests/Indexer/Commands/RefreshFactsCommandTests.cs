using Bot.Tests.Evaluation;
using KnowledgeBase.Content;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Indexer.Commands;

public sealed class RefreshFactsCommandTests
{
    // Land dispute mediation: every channel's cell reads "Miễn phí (Theo quy định của Luật phí và lệ phí …)".
    private const string Code = "1.012812";

    private static Procedure RepositoryRecord()
    {
        var file = Path.Combine(RepositoryFiles.Content, "procedures", Code + ".md");
        return ProcedureMarkdownReader.Read(File.ReadAllText(file), file).Procedure!;
    }

    /// <summary>Writes the record with <paramref name="fees"/> as its facts, stamped the way the importer stamps them unless <paramref name="stamped"/> is false.</summary>
    private static string WriteWithFees(IndexerTestContext test, IReadOnlyList<FeeRule> fees, bool stamped = true)
    {
        var record = RepositoryRecord();
        var facts = record.Facts! with { Fees = fees };
        facts = facts with { Imported = stamped ? facts.ContentFingerprint() : "000000000000" };
        Directory.CreateDirectory(test.ProceduresPath);
        var path = Path.Combine(test.ProceduresPath, Code + ".md");
        File.WriteAllText(path, ProcedureMarkdownWriter.Write(record with { Facts = facts }));
        return path;
    }

    // What an earlier reader stored: the law the fee follows, as a rule without "free".
    private static FeeRule[] OldReading(Procedure record) =>
        record.Channels.Select(c => new FeeRule { Channel = c.Channel, Rule = "Theo quy định của Luật phí và lệ phí." }).ToArray();

    private static Procedure ReadBack(string path) => ProcedureMarkdownReader.Read(File.ReadAllText(path), path).Procedure!;

    [Fact]
    public async Task FactsAsImportedAreDerivedAgainFromTheFilesOwnText()
    {
        using var test = new IndexerTestContext();
        var path = WriteWithFees(test, OldReading(RepositoryRecord()));
        var before = ReadBack(path);

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["refresh-facts"]);

        Assert.Equal(0, exit);
        Assert.Contains("1 files, 1 refreshed, 0 kept (edited by hand), 0 with errors", test.Out.ToString(), StringComparison.Ordinal);
        var after = ReadBack(path);
        Assert.All(after.Facts!.Fees, f => Assert.True(f.Free));
        Assert.StartsWith("Theo quy định của Luật phí và lệ phí", after.Facts.Fees[0].Rule, StringComparison.Ordinal);
        Assert.Equal(after.Facts.ContentFingerprint(), after.Facts.Imported);
        // Only the facts block changes: the catalogue's own text is as it was.
        Assert.Equal(before.Channels, after.Channels);
        Assert.Equal(before.Sections.Select(s => s.Text), after.Sections.Select(s => s.Text));
    }

    [Fact]
    public async Task ASecondRefreshChangesNothing()
    {
        using var test = new IndexerTestContext();
        var path = WriteWithFees(test, OldReading(RepositoryRecord()));
        await IndexerCommandLine.RunAsync(test.Context, ["refresh-facts"]);
        var first = File.ReadAllBytes(path);

        await IndexerCommandLine.RunAsync(test.Context, ["refresh-facts"]);

        Assert.Equal(first, File.ReadAllBytes(path));
        Assert.Contains("1 files, 0 refreshed", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsAnEditorChangedAreKeptByteForByte()
    {
        using var test = new IndexerTestContext();
        var record = RepositoryRecord();
        var path = WriteWithFees(test, record.Channels.Select(c => new FeeRule { Channel = c.Channel, Amount = 50_000 }).ToArray(), stamped: false);
        var written = File.ReadAllBytes(path);

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["refresh-facts"]);

        Assert.Equal(0, exit);
        Assert.Equal(written, File.ReadAllBytes(path));
        Assert.Contains("0 refreshed, 1 kept (edited by hand)", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADryRunListsTheFileAndWritesNothing()
    {
        using var test = new IndexerTestContext();
        var path = WriteWithFees(test, OldReading(RepositoryRecord()));
        var written = File.ReadAllBytes(path);

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["refresh-facts", "--dry-run"]);

        Assert.Equal(0, exit);
        Assert.Equal(written, File.ReadAllBytes(path));
        Assert.Contains($"procedures/{Code}.md", test.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 would change", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWithErrorsIsReportedAndLeftAsItIs()
    {
        using var test = new IndexerTestContext();
        Directory.CreateDirectory(test.ProceduresPath);
        var broken = Path.Combine(test.ProceduresPath, "9.999999.md");
        File.WriteAllText(broken, "---\ncode: \"9.999999\"\n---\n\nno sections\n");

        var exit = await IndexerCommandLine.RunAsync(test.Context, ["refresh-facts"]);

        Assert.Equal(1, exit);
        Assert.Equal("---\ncode: \"9.999999\"\n---\n\nno sections\n", File.ReadAllText(broken));
        Assert.Contains("9.999999.md: not refreshed, the file has errors (run validate)", test.Error.ToString(), StringComparison.Ordinal);
    }
}
