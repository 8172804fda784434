using global::Bot.Rendering;

namespace Bot.Tests.Bot.Rendering;

public sealed class MessageSplitterTests
{
    [Fact]
    public void ShortTextIsOneMessage() =>
        Assert.Equal(["Xin chào."], MessageSplitter.Split("  Xin chào.  ", 2000));

    [Fact]
    public void LongTextSplitsAtSentenceEndsWithinTheLimit()
    {
        var text = string.Join(' ', Enumerable.Range(1, 300).Select(i => $"Câu thứ {i} hướng dẫn nộp hồ sơ."));

        var parts = MessageSplitter.Split(text, 2000);

        Assert.True(parts.Count >= 5);
        Assert.All(parts, p => Assert.InRange(p.Length, 1000, 2000));
        Assert.All(parts, p => Assert.EndsWith("hồ sơ.", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(' ', parts));
    }

    [Fact]
    public void ParagraphBreakIsPreferredOverSentenceEnd()
    {
        var first = string.Join(' ', Enumerable.Repeat("Một câu.", 150));
        var second = string.Join(' ', Enumerable.Repeat("Hai câu.", 150));

        var parts = MessageSplitter.Split(first + "\n\n" + second, 2000);

        Assert.Equal([first, second], parts);
    }

    [Fact]
    public void ListLinesAreKeptWhole()
    {
        var text = string.Join('\n', Enumerable.Range(1, 200).Select(i => $"- Giấy tờ số {i}: bản chính và bản sao"));

        var parts = MessageSplitter.Split(text, 2000);

        Assert.All(parts, p => Assert.All(p.Split('\n'), line => Assert.Matches(@"^- Giấy tờ số \d+: bản chính và bản sao$", line)));
        Assert.Equal(text, string.Join('\n', parts));
    }

    [Fact]
    public void TextWithoutBoundariesIsCutHardWithoutBreakingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 1500));

        var parts = MessageSplitter.Split(text, 2000);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }
}
