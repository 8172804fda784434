using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// How many people a company is for, in the catalogue's words ("công ty TNHH một thành viên", "… hai thành viên trở
/// lên") and in a citizen's ("3 anh em mình góp vốn", "hai vợ chồng", "tôi làm một mình"): a stated number decides
/// between such records instead of a question back.
/// </summary>
public static partial class OwnerCounts
{
    /// <summary>Two for "several people" (the catalogue only tells one from two or more), one for "alone"; null when the question says neither.</summary>
    public static int? Stated(string question)
    {
        var folded = VietnameseText.Fold(question ?? "");
        if (AlonePattern().IsMatch(folded))
        {
            return 1;
        }

        foreach (Match m in PeoplePattern().Matches(folded))
        {
            var n = m.Groups["n"].Value;
            if (n is not ("1" or "mot"))
            {
                return 2;
            }
        }

        return CouplePattern().IsMatch(folded) ? 2 : null;
    }

    /// <summary>Whether <paramref name="procedure"/>'s name rules out a company of <paramref name="owners"/>.</summary>
    public static bool Excludes(Procedure procedure, int owners)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var name = VietnameseText.Fold(procedure.Name);
        return owners >= 2 ? name.Contains("mot thanh vien", StringComparison.Ordinal) && !name.Contains("hai thanh vien", StringComparison.Ordinal)
            : name.Contains("hai thanh vien tro len", StringComparison.Ordinal) && !name.Contains("mot thanh vien", StringComparison.Ordinal);
    }

    // "3 anh em", "hai người bạn", "4 thành viên", "5 cổ đông".
    [GeneratedRegex(@"\b(?<n>\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|may) (?:anh em|chi em|nguoi|nguoi ban|ban|thanh vien|co dong|dua)\b")]
    private static partial Regex PeoplePattern();

    [GeneratedRegex(@"\b(?:hai vo chong|vo chong (?:toi|minh|em)|(?:toi|minh|em) va (?:ban|vo|chong|anh|chi)\b)")]
    private static partial Regex CouplePattern();

    [GeneratedRegex(@"\b(?:mot minh|minh toi (?:lam chu|dung ten|gop von)|(?:toi|minh|em) (?:lam chu|dung ten) (?:mot minh|duy nhat))\b")]
    private static partial Regex AlonePattern();
}
