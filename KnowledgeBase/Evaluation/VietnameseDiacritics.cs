using System.Buffers;
using System.Globalization;
using System.Text;

namespace KnowledgeBase.Evaluation;

/// <summary>
/// Tells questions typed with Vietnamese accents from those typed without, so retrieval can be measured on
/// both; citizens often type on keyboards without a Vietnamese input method.
/// </summary>
public static class VietnameseDiacritics
{
    private static readonly SearchValues<char> AccentedLetters = SearchValues.Create(
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ" +
        "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ");

    /// <summary>True when the text holds at least one Vietnamese accented letter (composed or decomposed input).</summary>
    public static bool HasAny(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return composed.AsSpan().ContainsAny(AccentedLetters);
    }

    /// <summary>
    /// The text as typed on a keyboard without a Vietnamese input method: every accent and tone mark dropped, "đ" as "d"
    /// ("Làm lại căn cước" → "Lam lai can cuoc").
    /// </summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
