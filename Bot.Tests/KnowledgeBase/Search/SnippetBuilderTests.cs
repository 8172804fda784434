using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

public sealed class SnippetBuilderTests
{
    [Fact]
    public void MarksFoldedMatchesAndJoinsAdjacentOnes()
    {
        var snippet = SnippetBuilder.Build("Lệ phí: Đổi thẻ căn cước 50.000 đồng.", ["doi", "the", "can", "cuoc"], 240);
        Assert.Equal("Lệ phí: **Đổi thẻ căn cước** 50.000 đồng.", snippet);
    }

    [Fact]
    public void CutsTheBestPassageWithEllipses()
    {
        var text = string.Concat(Enumerable.Repeat("Nội dung không liên quan gì cả. ", 20)) + "Nộp hồ sơ tại Công an cấp xã. " +
                   string.Concat(Enumerable.Repeat("Phần sau cũng không liên quan. ", 20));
        var snippet = SnippetBuilder.Build(text, ["cong", "an", "cap", "xa"], 80);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("**Công an cấp xã**", snippet);
        Assert.True(snippet.Replace("**", "").Length <= 82 + 2, snippet);
    }

    [Fact]
    public void MatchesDecomposedTextAndLettersTheIndexFolds()
    {
        // "Đ" is a letter with a stroke, not a mark; combining marks (typed on macOS) fold like precomposed letters.
        var snippet = SnippetBuilder.Build("Nộp tại Sở Tư pháp, ĐỐNG ĐA.".Normalize(System.Text.NormalizationForm.FormD), ["so", "tu", "phap", "dong", "da"], 240);
        Assert.Equal("Nộp tại **Sở Tư pháp**, **ĐỐNG ĐA**.".Normalize(System.Text.NormalizationForm.FormD), snippet);
    }

    [Fact]
    public void WithoutAMatchItIsTheLead()
    {
        Assert.Equal("Bước 1: chuẩn bị hồ sơ.", SnippetBuilder.Build("Bước 1: chuẩn bị hồ sơ.", ["passport"], 240));
        Assert.Equal("", SnippetBuilder.Build("  ", ["a"], 240));
    }
}
