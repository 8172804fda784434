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
        var analyzed = text.AsSpan(0, Math.Min(text.Length, MaxCharsToAnalyze));
        // Rented: this runs for every hit of every search, and a section's words are up to a few thousand entries.
        var buffer = ArrayPool<Word>.Shared.Rent((analyzed.Length / 2) + 1);
        var count = 0;
        try
        {
            count = Words(analyzed, wanted, buffer, out var anyMatch);
            return anyMatch ? Best(text, buffer.AsSpan(0, count), length) : Lead(text, length);
        }
        finally
        {
            // Only the words written hold references (the query's strings); clearing the whole rented buffer, ten
            // times per search, cost more than filling it.
            buffer.AsSpan(0, count).Clear();
            ArrayPool<Word>.Shared.Return(buffer);
        }
    }

    private static string Best(string text, ReadOnlySpan<Word> words, int length)
    {
        // Fixed-size fragments in text order, scored by the number of distinct query syllables they contain; the first
        // best one wins (the start of a section usually says what it is about).
        var (bestStart, bestEnd, bestScore) = (0, 0, 0);
        // Matched words are the query's own string instances (from its set), so distinct ones are told apart by
        // reference in a short list: a fragment holds a few, and a hash set per fragment was a third of the snippet's cost.
        var seen = new List<string>();
        for (var first = 0; first < words.Length;)
        {
            seen.Clear();
            var last = first;
            while (last < words.Length && words[last].End - words[first].Start <= length)
            {
                if (words[last].Term is { } term && !ContainsInstance(seen, term))
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

    private static bool ContainsInstance(List<string> terms, string term)
    {
        foreach (var seen in terms)
        {
            if (ReferenceEquals(seen, term))
            {
                return true;
            }
        }

        return false;
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
    private static int Words(ReadOnlySpan<char> text, HashSet<string> syllables, Word[] words, out bool anyMatch)
    {
        var found = 0;
        anyMatch = false;
        var wanted = syllables.GetAlternateLookup<ReadOnlySpan<char>>();
        // Most words of a section are no query syllable: the (first letter, length) pairs of the syllables rule them
        // out before hashing (an ASCII first letter and up to 15 letters; anything else is looked up).
        Span<bool> candidates = stackalloc bool[128 * 16];
        foreach (var syllable in syllables)
        {
            if (syllable.Length is > 0 and < 16 && syllable[0] < 128)
            {
                candidates[(syllable[0] * 16) + syllable.Length] = true;
            }
        }

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

            string? term = null;
            if (count is 0 or >= 16 || folded[0] >= 128 || candidates[(folded[0] * 16) + count])
            {
                anyMatch |= wanted.TryGetValue(folded[..count], out term);
            }

            words[found++] = new Word(start, i, term);
        }

        return found;
    }

    private static bool IsWordChar(char c) => WordChars[c];

    // Every UTF-16 unit's answer, worked out once (64 KB): the Unicode category lookups were a large share of a
    // snippet's cost, and every search scans up to 3,000 characters for each of its hits.
    private static readonly bool[] WordChars = CreateWordChars();

    private static bool[] CreateWordChars()
    {
        var table = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.IsLetterOrDigit((char)c) || CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.NonSpacingMark;
        }

        return table;
    }

    private readonly record struct Word(int Start, int End, string? Term);
}
