using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// The level of the office a citizen names ("công an phường", "UBND xã", "phòng xuất nhập cảnh", "giấy phép của thành
/// phố"): between records of one procedure at several levels, it decides instead of a question back.
/// </summary>
public static partial class OfficeLevels
{
    /// <summary>The catalogue's level label of the one office level the question names; null when none or several.</summary>
    public static string? Named(string question)
    {
        var folded = VietnameseText.Fold(question ?? "");
        var levels = new List<string>(1);
        if (Commune().IsMatch(folded))
        {
            levels.Add("Cấp xã");
        }

        if (City().IsMatch(folded))
        {
            levels.Add("Cấp tỉnh");
        }

        if (Ministry().IsMatch(folded))
        {
            levels.Add("Cấp bộ");
        }

        return levels.Count == 1 ? levels[0] : null;
    }

    /// <summary>
    /// Whether two names are one procedure at two levels: the shorter's words nearly all in the longer ("Giải quyết
    /// khiếu nại … (thực hiện tại cấp tỉnh)" and "… thực hiện tại cấp xã (phải là cán bộ …)").
    /// </summary>
    public static bool AreLevelVariants(Procedure a, Procedure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = new TokenizedText(a.Name).Folded.ToHashSet(StringComparer.Ordinal);
        var y = new TokenizedText(b.Name).Folded.ToHashSet(StringComparer.Ordinal);
        var shorter = Math.Min(x.Count, y.Count);
        return shorter > 0 && x.Intersect(y).Count() >= shorter * VariantShare;
    }

    private const double VariantShare = 0.8;

    [GeneratedRegex(@"\b(?:cong an|ubnd|ub|uy ban(?: nhan dan)?) (?:xa|phuong|thi tran)\b")]
    private static partial Regex Commune();

    [GeneratedRegex(@"\b(?:(?:cong an|ubnd|uy ban(?: nhan dan)?) (?:thanh pho|tinh|tp)|phong (?:quan ly )?xuat nhap canh|cua thanh pho)\b")]
    private static partial Regex City();

    [GeneratedRegex(@"\b(?:bo cong an|cuc quan ly xuat nhap canh|cuc canh sat)\b")]
    private static partial Regex Ministry();
}
