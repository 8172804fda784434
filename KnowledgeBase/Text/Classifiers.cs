using System.Text.RegularExpressions;

namespace KnowledgeBase.Text;

/// <summary>
/// The classifier a citizen puts before a thing ("chiếc xe", "cái sổ đỏ", "cuốn sổ hộ khẩu"): the catalogue's names
/// and the editors' synonyms never say it, so "xóa đăng ký thế chấp chiếc xe" would miss "xóa đăng ký thế chấp xe".
/// Only spellings that are nothing else: unaccented "cai" may be "cải", "quyen" is "quyền". "Nguyên chiếc" (a car
/// imported whole) is a term of the catalogue and stays, and so does a classifier standing for the thing itself ("đổi
/// cái mới" is not "đổi mới").
/// </summary>
public static partial class Classifiers
{
    /// <summary><paramref name="text"/> without classifiers before a word; everything else as it was.</summary>
    public static string Without(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Classifier().Replace(text, "");
    }

    [GeneratedRegex(@"(?<!\b(?:nguyên|nguyen)\s+)\b(?:chiếc|chiec|cái|cuốn|quyển)\s+(?!(?:mới|moi|cũ|cu|khác|khac|này|nay|đó|do|kia|nào|nao)\b)(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Classifier();
}
