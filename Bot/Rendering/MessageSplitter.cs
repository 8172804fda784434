namespace Bot.Rendering;

/// <summary>
/// The one splitter for length-limited channels: messages no longer than the limit, cut at the latest paragraph,
/// line, sentence or word boundary that keeps messages reasonably full; a hard cut only when a single word is too long.
/// </summary>
public static class MessageSplitter
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '…', ';'];

    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var chunks = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest, maxLength);
            var chunk = rest[..cut].TrimEnd();
            if (chunk.Length > 0)
            {
                chunks.Add(chunk);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    /// <summary>Length of the next message: a boundary position at most <paramref name="max"/>.</summary>
    private static int FindCut(string text, int max)
    {
        var half = max / 2;
        var paragraph = text.LastIndexOf("\n\n", max - 1, max, StringComparison.Ordinal);
        if (paragraph >= half)
        {
            return paragraph;
        }

        var line = text.LastIndexOf('\n', max - 1, max);
        if (line >= half)
        {
            return line;
        }

        var sentence = LastSentenceEnd(text, max);
        if (sentence >= max / 4)
        {
            return sentence;
        }

        for (var i = max; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        // No boundary at all: never split a surrogate pair.
        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }

    /// <summary>Position just after the last sentence-ending mark that is followed by whitespace, within the first max characters.</summary>
    private static int LastSentenceEnd(string text, int max)
    {
        for (var i = max; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && Array.IndexOf(SentenceEnds, text[i - 1]) >= 0)
            {
                return i;
            }
        }

        return -1;
    }
}
