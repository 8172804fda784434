using System.Buffers;
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
}
