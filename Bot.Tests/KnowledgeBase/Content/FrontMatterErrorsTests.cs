using System.Text.RegularExpressions;
using KnowledgeBase.Content;

namespace Bot.Tests.KnowledgeBase.Content;

/// <summary>
/// What an editor reads when YamlDotNet refuses a front matter: the key, the line and what to do, in Vietnamese;
/// never the parser's English or a .NET type name.
/// </summary>
public sealed partial class FrontMatterErrorsTests
{
    private static readonly string Fixture =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "procedures", "1.014061.md"));

    /// <summary>The fixture with <paramref name="lines"/> added at the end of its front matter, which then begins at file line 17.</summary>
    internal static string WithFrontMatterLines(string lines) =>
        Fixture.Replace("  fee: \"Lệ phí : 70000 Đồng\"\n---\n", "  fee: \"Lệ phí : 70000 Đồng\"\n" + lines + "---\n", StringComparison.Ordinal);

    [Fact]
    public void AnUnknownKeyUnderFactsIsNamedWithItsLineAndTheKeysThatAreSupported()
    {
        var error = SingleError(WithFrontMatterLines("facts:\n  place: Công an cấp xã\n  bogus: 1\n"));

        Assert.Equal(
            "Trường 'bogus' không được hỗ trợ trong phần facts (dòng 19); các trường dùng được: fees, times, place, imported",
            error.Message);
        Assert.Equal(19, error.Line);
    }

    [Theory]
    [InlineData("bogus: 1\n", "Trường 'bogus' không được hỗ trợ trong phần đầu (dòng 17); các trường dùng được: code, name, levels")]
    [InlineData("facts:\n  fees:\n  - channel: Trực tiếp\n    amout: 70000\n", "Trường 'amout' không được hỗ trợ trong phần facts.fees (dòng 20)")]
    [InlineData("facts:\n  times:\n  - channel: Trực tiếp\n    values: 7\n", "Trường 'values' không được hỗ trợ trong phần facts.times (dòng 20)")]
    [InlineData("facts:\n  fees:\n  - channel: Trực tiếp\n    amount: 70.000 đồng\n", "'amount' phải là một số viết liền bằng chữ số (ví dụ 50000), nhưng đang là '70.000 đồng' (dòng 20)")]
    [InlineData("facts:\n  fees:\n  - channel: Trực tiếp\n    free: có\n", "'free' chỉ nhận true hoặc false, nhưng đang là 'có' (dòng 20)")]
    [InlineData("facts:\n  fees:\n  - channel: Trực tiếp\n    amount: 99999999999999999999999\n", "'amount' quá lớn hoặc quá nhỏ: '99999999999999999999999' (dòng 20)")]
    [InlineData("aliases: làm lại căn cước\n", "'aliases' phải là một danh sách, mỗi mục một dòng bắt đầu bằng '- ' (dòng 17)")]
    [InlineData("aliases:\n  a: b\n", "'aliases' phải là một danh sách")]
    [InlineData("facts: Công an cấp xã\n", "'facts' phải là một nhóm trường con, viết thụt lề ở các dòng bên dưới (dòng 17)")]
    [InlineData("audience: [Công dân\n", "'audience' phải là một giá trị viết trên một dòng")]
    [InlineData("audience: Công dân: người Việt Nam\n", "Dấu ':' đặt sai chỗ hoặc thụt lề sai (dòng 17)")]
    [InlineData("audience: \"Công dân\n", "Dấu nháy mở ở dòng 17 chưa được đóng")]
    [InlineData("audience: @công dân\n", "Giá trị không được bắt đầu bằng '@' (dòng 17)")]
    [InlineData("audience: *công dân\n", "Giá trị không được bắt đầu bằng '*' (dòng 17)")]
    [InlineData("\taudience: công dân\n", "Có ký tự tab dùng để thụt lề (dòng 17)")]
    [InlineData("levels:\n- Cấp xã: phường\n", "Mỗi mục của 'levels' phải là một giá trị viết trên một dòng; nếu mục có chứa ': ' hãy đặt cả mục trong dấu nháy kép (dòng 18)")]
    [InlineData("%audience: công dân\n", "Giá trị không được bắt đầu bằng '%' (dòng 17)")]
    public void EachKindOfYamlRefusalIsExplainedInVietnameseWithTheKeyAndLine(string lines, string expected)
    {
        var error = SingleError(WithFrontMatterLines(lines));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.False(Developer().IsMatch(error.Message), error.Message);
    }

    [Fact]
    public void AFrontMatterThatIsAListInsteadOfKeysSaysSo()
    {
        var error = SingleError("---\n- code: 1.014061\n---\n\n## Trình tự thực hiện\n\nx\n");

        Assert.Equal("Phần đầu phải gồm các dòng 'trường: giá trị' (ví dụ code: \"1.014064\") (dòng 2)", error.Message);
    }

    [Fact]
    public void NoOneCharacterSlipInAValidFrontMatterIsReportedWithTheParsersEnglish()
    {
        string[] slips = [":", "[", "]", "{", "}", "\"", "'", "#", "- ", "  ", "\t", "*", "&", "!", "|", ">", "%", "@", "`", ",", "? ", ": x", "x: y: z", "!!int ", "&a ", "*a"];
        var lines = Fixture.Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var leaks = new List<string>();
        for (var line = 1; line < end; line++)
        {
            var text = lines[line];
            foreach (var at in new[] { 0, text.IndexOf(':', StringComparison.Ordinal) + 1, text.Length }.Where(i => i >= 0).Distinct())
            {
                foreach (var slip in slips)
                {
                    var edited = (string[])lines.Clone();
                    edited[line] = text[..at] + slip + text[at..];
                    var read = ProcedureMarkdownReader.Read(string.Join('\n', edited), "p.md");
                    leaks.AddRange(read.Diagnostics.Where(d => Developer().IsMatch(d.Message)).Select(d => $"{edited[line]} => {d.Message}"));
                }
            }
        }

        Assert.Empty(leaks);
    }

    private static ContentDiagnostic SingleError(string text) =>
        Assert.Single(ProcedureMarkdownReader.Read(text, "p.md").Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>What only a developer understands: the parser's English, .NET type names, positions in its own notation.</summary>
    [GeneratedRegex(@"Property|not found|KnowledgeBase\.|System\.|deserializ|Exception|Expected|Line:|Col:|While scanning", RegexOptions.IgnoreCase)]
    internal static partial Regex Developer();
}
