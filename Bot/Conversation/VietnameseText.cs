using System.Globalization;
using System.Text;

namespace Bot.Conversation;

/// <summary>
/// Folding for matching what citizens type: lower case, no tone marks, đ → d, punctuation as spaces.
/// Citizens often type without diacritics ("le phi bao nhieu"), so every keyword match works on folded text.
/// </summary>
public static class VietnameseText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c switch
                {
                    'đ' or 'Đ' => 'd',
                    _ => char.ToLowerInvariant(c),
                });
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Lower-cased words with diacritics kept (NFC), punctuation removed.</summary>
    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            builder.Append(char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? c : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>True when the word carries any Vietnamese diacritic, i.e. the citizen typed it with accents.</summary>
    public static bool HasDiacritics(string word) => Fold(word) != word;
}
