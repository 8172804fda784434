using System.Text;

namespace Bot.Rendering;

/// <summary>Splits long text for length-limited channels at paragraph, then line, then word boundaries.</summary>
public static class MessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in Pieces(text, maxLength))
        {
            var separator = current.Length == 0 ? "" : piece.Separator;
            if (current.Length + separator.Length + piece.Text.Length > maxLength && current.Length > 0)
            {
                parts.Add(current.ToString().TrimEnd());
                current.Clear();
                separator = "";
            }

            current.Append(separator).Append(piece.Text);
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString().TrimEnd());
        }

        return parts.Where(p => p.Length > 0).ToList();
    }

    // Paragraphs first; a paragraph too long on its own breaks into lines, a line into words, a word into slices.
    private static IEnumerable<(string Text, string Separator)> Pieces(string text, int max)
    {
        foreach (var paragraph in text.Split("\n\n"))
        {
            if (paragraph.Length <= max)
            {
                yield return (paragraph, "\n\n");
                continue;
            }

            var firstLine = true;
            foreach (var line in paragraph.Split('\n'))
            {
                var lineSeparator = firstLine ? "\n\n" : "\n";
                firstLine = false;
                if (line.Length <= max)
                {
                    yield return (line, lineSeparator);
                    continue;
                }

                var firstWord = true;
                foreach (var word in line.Split(' '))
                {
                    var wordSeparator = firstWord ? lineSeparator : " ";
                    firstWord = false;
                    for (var start = 0; start < word.Length; start += max)
                    {
                        yield return (word.Substring(start, Math.Min(max, word.Length - start)), start == 0 ? wordSeparator : "");
                    }
                }
            }
        }
    }
}
