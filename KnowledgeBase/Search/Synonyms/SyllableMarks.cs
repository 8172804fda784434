using System.Globalization;
using System.Text;

namespace KnowledgeBase.Search.Synonyms;

/// <summary>
/// The diacritics of one syllable, whatever vowel they sit on: "hoà" and "hòa" carry the same marks, "cả" and "cá"
/// do not. Empty for a syllable typed without any, which agrees with every spelling.
/// </summary>
internal static class SyllableMarks
{
    public static string Of(string syllable)
    {
        if (syllable.All(char.IsAscii))
        {
            return "";
        }

        var marks = new StringBuilder();
        foreach (var c in syllable.Normalize(NormalizationForm.FormD))
        {
            if (c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                marks.Append(c is 'Đ' ? 'đ' : c);
            }
        }

        var sorted = marks.ToString().ToCharArray();
        Array.Sort(sorted);
        return new string(sorted);
    }
}
