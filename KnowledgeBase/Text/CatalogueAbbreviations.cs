using System.Text.RegularExpressions;

namespace KnowledgeBase.Text;

/// <summary>
/// The catalogue's own shorthand for who does what ("đơn vị SDLĐ", "UBND cấp xã"), spelled out where a citizen is
/// told where to go: "nộp hồ sơ tại đơn vị SDLĐ" means nothing to most people.
/// </summary>
public static partial class CatalogueAbbreviations
{
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["SDLĐ"] = "sử dụng lao động",
        ["NLĐ"] = "người lao động",
        ["UBND"] = "Ủy ban nhân dân",
        ["HĐND"] = "Hội đồng nhân dân",
        ["KCB"] = "khám bệnh, chữa bệnh",
        ["GĐYK"] = "giám định y khoa",
        ["BHXH"] = "bảo hiểm xã hội",
    };

    public static string Spelled(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Abbreviation().Replace(text, m => Spellings[m.Value]);
    }

    [GeneratedRegex(@"(?<!\p{L})(?:SDLĐ|NLĐ|UBND|HĐND|KCB|GĐYK|BHXH)(?!\p{L})")]
    private static partial Regex Abbreviation();
}
