using System.Globalization;
using System.Text;

namespace KnowledgeBase.Text;

/// <summary>
/// Folding for matching what citizens type: lower case, no tone marks, đ → d, punctuation as spaces.
/// Citizens often type without diacritics ("le phi bao nhieu"), so every keyword match works on folded text.
/// </summary>
public static class VietnameseText
{
    // What each UTF-16 unit folds to: its canonical decomposition without marks, lower-cased, đ → d; "" for a mark
    // and null for a separator. Filled on first use per unit, so folding runs without normalizing the whole text:
    // decomposing unit by unit and dropping the marks gives the same letters as decomposing the whole string, since
    // canonical reordering only moves marks. Supplementary-plane characters are separators, as their halves are.
    private static readonly string?[] FoldedUnits = new string?[char.MaxValue + 1];
    private static readonly bool[] KnownUnits = new bool[char.MaxValue + 1];

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            var folded = FoldUnit(c);
            if (folded is null)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }
            }
            else if (folded.Length > 0)
            {
                builder.Append(folded);
                lastWasSpace = false;
            }
        }

        if (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    private static string? FoldUnit(char c)
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

        var builder = new StringBuilder(2);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(d))
            {
                return builder.Length == 0 ? null : builder.ToString();
            }

            builder.Append(d is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d));
        }

        return builder.Length == 0 ? (char.IsLetterOrDigit(c) ? "" : null) : builder.ToString();
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
