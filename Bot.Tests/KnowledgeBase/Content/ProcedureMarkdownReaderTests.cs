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
        Assert.Contains(result.Diagnostics, d => d.Line == 12 && d.Message.StartsWith("Tiêu đề '## Lệ phí khác' không đúng", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Thành phần hồ sơ", StringComparison.Ordinal));
    }

    private const string FactsBlock = "facts:\n  fees:\n  - channel: Trực tiếp\n    amount: 70000\n    unit: thẻ căn cước\n  - channel: Trực tiếp\n    amount: 35000\n    from: 2025-07-01\n    until: 2026-12-31\n  - channel: Trực tuyến\n    free: true\n  times:\n  - channel: Trực tiếp\n    value: 7\n    unit: ngày làm việc\n  place: Công an cấp xã\n";

    [Fact]
    public void StructuredFactsAnEditorWritesAreReadAndWrittenBack()
    {
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));
        var text = fixture.Replace("\nname:", "\n" + FactsBlock + "name:", StringComparison.Ordinal);

        var first = ProcedureMarkdownReader.Read(text, "a.md");
        var second = ProcedureMarkdownReader.Read(ProcedureMarkdownWriter.Write(first.Procedure!), "a.md").Procedure!;

        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));
        var facts = first.Procedure!.Facts!;
        Assert.Equal(35000, facts.Fees[1].Amount);
        Assert.Equal(new DateOnly(2026, 12, 31), facts.Fees[1].Until);
        Assert.True(facts.Fees[2].Free);
        Assert.Equal("7 ngày làm việc", facts.Times[0].Text);
        Assert.Equal("Công an cấp xã", facts.Place);
        Assert.True(facts.SameAs(second.Facts!));
    }

    [Theory]
    [InlineData("facts:\n  fees:\n  - channel: Trực tiếp\n    amount: 70000\n    free: true\n", "phải có đúng một trong ba: 'amount', 'free: true' (có thể kèm 'rule' để giữ ghi chú) hoặc 'rule'")]
    [InlineData("facts:\n  fees:\n  - channel: Trực tiếp\n    amount: 35000\n    from: 2026-12-31\n    until: 2025-07-01\n", "kết thúc (2025-07-01) trước ngày bắt đầu (2026-12-31)")]
    [InlineData("facts:\n  fees:\n  - channel: Trực tiếp\n    amount: 35000\n    until: 31/12/2026\n", "'until' của lệ phí phải là ngày viết dạng 2026-12-31, nhưng đang là '31/12/2026'")]
    [InlineData("facts:\n  times:\n  - channel: Trực tiếp\n    value: 0\n    unit: ngày\n", "'value' là số dương")]
    public void FactsThatContradictThemselvesAreClearErrors(string block, string message)
    {
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));

        var result = ProcedureMarkdownReader.Read(fixture.Replace("\nname:", "\n" + block + "name:", StringComparison.Ordinal), "a.md");

        Assert.Null(result.Procedure);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void AMalformedYamlTagIsAClearErrorNotACrash()
    {
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));

        // A tag on the whole front matter: YamlDotNet throws an ArgumentException of its own, not a YamlException.
        var result = ProcedureMarkdownReader.Read("---\n!<[>\n" + fixture[4..], "a.md");

        Assert.Null(result.Procedure);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.StartsWith("Giá trị không được bắt đầu bằng '!' (dòng 1)", StringComparison.Ordinal));
    }

    [Fact]
    public void AFilingPlaceAtTheAbolishedDistrictLevelIsFlaggedForAnEditor()
    {
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));

        var result = ProcedureMarkdownReader.Read(fixture.Replace("\nname:", "\nfacts:\n  place: Công an cấp huyện\nname:", StringComparison.Ordinal), "a.md");

        Assert.NotNull(result.Procedure);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("'Công an cấp huyện' nêu cấp huyện, cấp hành chính không còn từ ngày 01/7/2025", StringComparison.Ordinal));
    }

    [Fact]
    public void AFilingPlaceThatNamesNoOfficeIsFlaggedForAnEditor()
    {
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));

        var result = ProcedureMarkdownReader.Read(fixture.Replace("\nname:", "\nfacts:\n  place: Hệ thống quản lý công tác\nname:", StringComparison.Ordinal), "a.md");

        Assert.NotNull(result.Procedure);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("'Hệ thống quản lý công tác' không nêu cơ quan hay bộ phận nào", StringComparison.Ordinal));
    }

    [Fact]
    public void AFreeFeeWhoseNoteNamesAnAmountIsFlaggedForAnEditor()
    {
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));
        var text = fixture.Replace("fee: \"Lệ phí : 70000 Đồng\"", "fee: 'Miễn phí (- Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần.)'", StringComparison.Ordinal);

        var result = ProcedureMarkdownReader.Read(text, "a.md");

        Assert.NotNull(result.Procedure);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("ghi 'Miễn phí' nhưng phần ghi chú lại nêu số tiền", StringComparison.Ordinal));
    }
}
