using System.Text.RegularExpressions;
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

    [GeneratedRegex(@"\b(?:cong an|ubnd|ub|uy ban(?: nhan dan)?) (?:xa|phuong|thi tran)\b")]
    private static partial Regex Commune();

    [GeneratedRegex(@"\b(?:(?:cong an|ubnd|uy ban(?: nhan dan)?) (?:thanh pho|tinh|tp)|phong (?:quan ly )?xuat nhap canh|cua thanh pho)\b")]
    private static partial Regex City();

    [GeneratedRegex(@"\b(?:bo cong an|cuc quan ly xuat nhap canh|cuc canh sat)\b")]
    private static partial Regex Ministry();
}
