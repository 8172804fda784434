using System.Buffers;
using System.Globalization;
using System.Text;
using KnowledgeBase.Text;

namespace KnowledgeBase.Search;

/// <summary>
/// Cuts the passage of a section that best matches the query and marks matched words in Markdown bold
/// (<c>**căn cước**</c>). Matching is on folded syllables, so a query typed without diacritics highlights too.
/// Runs on every hit of every search, so it scans the text once with a character-level fold instead of an analyzer:
/// a word is a run of letters and digits, folded unit by unit with <see cref="VietnameseText"/> (the index's folding).
/// </summary>
internal static class SnippetBuilder
{
    private const string Mark = "**";
    private const string Ellipsis = "…";

    // Sections can be long legal texts; the best passage is almost always near the start.
    private const int MaxCharsToAnalyze = 3_000;

    public static string Build(string text, IReadOnlyCollection<string> syllables, int length)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        if (syllables.Count == 0)
        {
            return Lead(text, length);
        }

        var wanted = syllables as HashSet<string> ?? new HashSet<string>(syllables, StringComparer.Ordinal);
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var analyzed = text.AsSpan(0, Math.Min(text.Length, MaxCharsToAnalyze));
        // Rented: this runs for every hit of every search, and a section's words are up to a few thousand entries.
        var buffer = ArrayPool<Word>.Shared.Rent((analyzed.Length / 2) + 1);
        try
        {
            var count = Words(analyzed, lookup, buffer, out var anyMatch);
            return anyMatch ? Best(text, buffer.AsSpan(0, count), length) : Lead(text, length);
        }
        finally
        {
            ArrayPool<Word>.Shared.Return(buffer, clearArray: true);
        }
    }

    private static string Best(string text, ReadOnlySpan<Word> words, int length)
    {
        // Fixed-size fragments in text order, scored by the number of distinct query syllables they contain; the first
        // best one wins (the start of a section usually says what it is about).
        var (bestStart, bestEnd, bestScore) = (0, 0, 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < words.Length;)
        {
            seen.Clear();
            var last = first;
            while (last < words.Length && words[last].End - words[first].Start <= length)
            {
                if (words[last].Term is { } term)
                {
                    seen.Add(term);
                }

                last++;
            }

            last = Math.Max(last, first + 1);
            if (seen.Count > bestScore)
            {
                (bestStart, bestEnd, bestScore) = (first, last, seen.Count);
            }

            first = last;
        }

        var from = words[bestStart].Start;
        var to = words[bestEnd - 1].End;
        // Keep the punctuation that closes the last word ("đồng." rather than "đồng…").
        while (to < text.Length && !char.IsWhiteSpace(text[to]) && !IsWordChar(text[to]))
        {
            to++;
        }

        var fragment = new StringBuilder(to - from + 16);
        var position = from;
        for (var i = bestStart; i < bestEnd; i++)
        {
            if (words[i].Term is null)
            {
                continue;
            }

            fragment.Append(text, position, words[i].Start - position).Append(Mark).Append(text, words[i].Start, words[i].End - words[i].Start).Append(Mark);
            position = words[i].End;
        }

        fragment.Append(text, position, to - position);

        // "**cấp** **lại**" reads better as "**cấp lại**".
        var marked = fragment.ToString().Replace(Mark + " " + Mark, " ", StringComparison.Ordinal).Trim();
        var prefix = text.AsSpan(0, from).Trim().IsEmpty ? "" : Ellipsis;
        var suffix = text.AsSpan(to).Trim().IsEmpty ? "" : Ellipsis;
        return prefix + marked + suffix;
    }

    /// <summary>The start of the text, cut at a word boundary.</summary>
    internal static string Lead(string text, int length)
    {
        text = text.Trim();
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd() + Ellipsis;
    }

    /// <summary>Fills <paramref name="words"/> (at least half as long as the text: a word takes a character and a separator) and returns how many.</summary>
    private static int Words(ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wanted, Word[] words, out bool anyMatch)
    {
        var found = 0;
        anyMatch = false;
        Span<char> folded = stackalloc char[64];
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var count = 0;
            for (; i < text.Length && IsWordChar(text[i]); i++)
            {
                foreach (var c in VietnameseText.FoldUnit(text[i]) ?? "")
                {
                    if (count < folded.Length)
                    {
                        folded[count++] = c;
                    }
                }
            }

            anyMatch |= wanted.TryGetValue(folded[..count], out var term);
            words[found++] = new Word(start, i, term);
        }

        return found;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private readonly record struct Word(int Start, int End, string? Term);
}
