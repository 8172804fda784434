using KnowledgeBase.Content;
using KnowledgeBase.Procedures;

namespace Bot.Tests.KnowledgeBase.Content;

public sealed class ProcedureMarkdownReaderTests
{
    [Fact]
    public void FixtureFileReadsAllFieldsAndSections()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));
        var result = ProcedureMarkdownReader.Read(text, "procedures/1.014061.md");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var p = result.Procedure!;
        Assert.Equal("1.014061", p.Code);
        Assert.Equal(["Cấp tỉnh", "Cấp xã"], p.Levels);
        Assert.Equal("Lệ phí : 70000 Đồng", Assert.Single(p.Channels).Fee);
        Assert.Equal(["Tờ khai — 1 bản chính"], p.GetSection(SectionKind.Documents)!.Items);
    }

    [Fact]
    public void WrittenProcedureReadsBackUnchanged()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));
        var first = ProcedureMarkdownReader.Read(text, "a.md").Procedure!;
        var second = ProcedureMarkdownReader.Read(ProcedureMarkdownWriter.Write(first), "a.md").Procedure!;

        Assert.Equal(first.Code, second.Code);
        Assert.Equal(first.Channels, second.Channels);
        Assert.Equal(first.Sections.Select(s => s.Markdown), second.Sections.Select(s => s.Markdown));
    }

    [Fact]
    public void AudienceAnEditorWritesIsReadAndWrittenBack()
    {
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));
        var text = fixture.Replace("\nname:", "\naudience: Lực lượng Công an và thân nhân\nname:", StringComparison.Ordinal);

        var first = ProcedureMarkdownReader.Read(text, "a.md").Procedure!;
        var second = ProcedureMarkdownReader.Read(ProcedureMarkdownWriter.Write(first), "a.md").Procedure!;

        Assert.Equal("Lực lượng Công an và thân nhân", first.Audience);
        Assert.Equal(first.Audience, second.Audience);
    }

    [Fact]
    public void UnknownHeadingAndMissingSectionAreReportedWithLines()
    {
        const string text = "---\ncode: \"1.000001\"\nname: Thử\nlevels: [Cấp xã]\nsource: https://example.org/\n---\n\n## Trình tự thực hiện\n\nx\n\n## Lệ phí khác\n\ny\n";
        var result = ProcedureMarkdownReader.Read(text, "p.md");

        Assert.Null(result.Procedure);
        Assert.Contains(result.Diagnostics, d => d.Line == 12 && d.Message.Contains("unknown heading", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Thành phần hồ sơ", StringComparison.Ordinal));
    }
}
