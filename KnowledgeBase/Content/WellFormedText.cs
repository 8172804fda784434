using System.Text;

namespace KnowledgeBase.Content;

/// <summary>
/// Text from outside (a citizen's message decoded from JSON <c>\ud800</c> escapes, a string handed to the reader) can
/// hold lone UTF-16 surrogates, which make <see cref="string.Normalize()"/> throw. Replacing them with U+FFFD, as a
/// UTF-8 decoder would, keeps every later step total.
/// </summary>
public static class WellFormedText
{
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstLoneSurrogate(text);
        if (first < 0)
        {
            return text;
        }

        var repaired = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                repaired.Append(c).Append(text[++i]);
            }
            else
            {
                repaired.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return repaired.ToString();
    }

    private static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
