using System.Globalization;
using System.Text;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Text;

/// <summary>
/// Folding for matching what citizens type: lower case, no tone marks, đ → d, punctuation as spaces.
/// Citizens often type without diacritics ("le phi bao nhieu"), so every keyword match works on folded text.
/// It is the index's folding (<see cref="VietnameseAnalyzer"/> with <c>folded: true</c>, ICU's UTR#30 folding), so a
/// word folded here is the term the index holds for it; only word boundaries differ, as the index's tokenizer keeps
/// "30.000" and "gov.vn" whole where this splits at every character that is not a letter or digit.
/// </summary>
public static class VietnameseText
{
    // What each UTF-16 unit folds to: the index analyzer's term for it alone, without marks after canonical
    // decomposition; "" for a mark and null for a separator. Filled on first use per unit, so folding runs neither
    // an analyzer nor a normalization over the whole text: folding unit by unit and dropping the marks gives the same
    // letters as folding the whole string, since canonical reordering only moves marks. Supplementary-plane
    // characters are separators, as their halves are.
    private static readonly string?[] FoldedUnits = new string?[char.MaxValue + 1];
    private static readonly bool[] KnownUnits = new bool[char.MaxValue + 1];

    // Its own instance of the index's folded chain: an analyzer reuses one token stream per thread, and a unit may
    // be folded for the first time while a caller is reading a stream of the shared instance.
    private static readonly VietnameseAnalyzer UnitAnalyzer = new(folded: true, bigrams: false);

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Matching folds the same words many times a turn (each topic word against each hit): text that is already
        // folded comes back as it is, and other text is written once into a string of its folded length, without a
        // builder, its buffer and a copy.
        if (IsFolded(text))
        {
            return text;
        }

        var length = FoldInto(text, []);
        return length == 0 ? "" : string.Create(length, text, static (into, text) => FoldInto(text, into));
    }

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="into"/> (an empty span only counts): the folded units, one space
    /// for each run of separators between them. Returns the folded length.
    /// </summary>
    private static int FoldInto(string text, Span<char> into)
    {
        var write = !into.IsEmpty;
        var used = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = FoldUnit(c);
            if (folded is null)
            {
                // A separator counts only once something follows it: no space leads or trails.
                pendingSpace = used > 0;
            }
            else if (folded.Length > 0)
            {
                if (pendingSpace)
                {
                    if (write)
                    {
                        into[used] = ' ';
                    }

                    used++;
                    pendingSpace = false;
                }

                if (write)
                {
                    folded.CopyTo(into[used..]);
                }

                used += folded.Length;
            }
        }

        return used;
    }

    /// <summary>Lower-case ASCII letters and digits with single spaces between words: what <see cref="Fold"/> returns unchanged.</summary>
    private static bool IsFolded(string text)
    {
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (lastWasSpace)
                {
                    return false;
                }

                lastWasSpace = true;
            }
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                lastWasSpace = false;
            }
            else
            {
                return false;
            }
        }

        return !lastWasSpace;
    }

    /// <summary>
    /// Like <see cref="Fold"/> for lower case, marks and "đ", but keeps punctuation as typed and only collapses white
    /// space ("Lệ phí: 35.000 đồng" → "le phi: 35.000 dong"), for patterns that name amounts and codes.
    /// </summary>
    public static string FoldKeepingPunctuation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (FoldUnit(c) is { } folded)
            {
                builder.Append(folded);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded form of one UTF-16 unit: letters and digits, "" for a mark, null for a separator.</summary>
    internal static string? FoldUnit(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return Ascii[c];
        }

        if (Volatile.Read(ref KnownUnits[c]))
        {
            return FoldedUnits[c];
        }

        var folded = ComputeFold(c);
        FoldedUnits[c] = folded;
        Volatile.Write(ref KnownUnits[c], true);
        return folded;
    }

    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();

    private static string? ComputeFold(char c)
    {
        // Surrogates are not letters on their own; a lone one cannot be normalized.
        if (char.IsSurrogate(c))
        {
            return null;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return "";
        }

        // The tokenizer drops what is not part of a word: punctuation, symbols, spaces.
        var terms = SearchAnalyzers.Analyze(UnitAnalyzer, c.ToString());
        if (terms.Count == 0)
        {
            return null;
        }

        // Canonically decomposed and without marks, so precomposed and combining input fold alike even where the
        // analyzer keeps a composed letter (a Hangul syllable against its jamo).
        var builder = new StringBuilder(2);
        foreach (var d in terms[0].Text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(d);
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower-cased words with diacritics kept (NFC), punctuation removed.</summary>
    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = (IsComposedLatin(text) ? text : text.Normalize(NormalizationForm.FormC)).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            builder.Append(char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? c : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // Latin letters below the combining marks and the precomposed Latin Extended Additional block (where Vietnamese
    // letters with tone marks live) are already composed: text made only of them needs no ICU normalization.
    private static bool IsComposedLatin(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the word carries any Vietnamese diacritic, i.e. the citizen typed it with accents.</summary>
    public static bool HasDiacritics(string word) => Fold(word) != word;
}
