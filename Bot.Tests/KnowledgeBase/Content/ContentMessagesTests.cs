using System.Reflection;
using System.Text.RegularExpressions;
using KnowledgeBase.Content;

namespace Bot.Tests.KnowledgeBase.Content;

/// <summary>Editors read these messages in the workspace and in <c>Indexer validate</c>: all of them in Vietnamese.</summary>
public sealed partial class ContentMessagesTests
{
    public static TheoryData<string, string> Messages()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in typeof(ContentMessages).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add(field.Name, (string)field.GetRawConstantValue()!);
        }

        foreach (var method in typeof(ContentMessages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(string)))
        {
            var arguments = method.GetParameters().Select(p => SampleOf(p.ParameterType)).ToArray();
            data.Add(method.Name, (string)method.Invoke(null, arguments)!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void EveryMessageIsVietnameseWithDiacritics(string name, string message)
    {
        Assert.True(VietnameseLetter().IsMatch(message), $"{name}: {message}");
        Assert.False(EnglishWords().IsMatch(message), $"{name}: {message}");
    }

    [Fact]
    public void AYamlSyntaxErrorIsLedInVietnameseWithItsLine()
    {
        const string text = "---\ncode: \"1.000001\"\nname: [Thử\nlevels: [Cấp xã]\n---\n\n## Trình tự thực hiện\n\nx\n";

        var result = ProcedureMarkdownReader.Read(text, "p.md");

        var error = Assert.Single(result.Diagnostics);
        Assert.InRange(error.Line, 2, 5);
        Assert.Contains($"(dòng {error.Line})", error.Message, StringComparison.Ordinal);
        Assert.False(FrontMatterErrorsTests.Developer().IsMatch(error.Message), error.Message);
    }

    private static object? SampleOf(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(int) ? 1
        : type == typeof(bool) ? true
        : type == typeof(float?) ? 1f
        : type == typeof(IEnumerable<string>) ? new[] { "x" }
        : throw new InvalidOperationException($"no sample for {type}");

    [GeneratedRegex("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    [GeneratedRegex(@"\b(must|required|missing|expected|the|is|not|got)\b")]
    private static partial Regex EnglishWords();
}
