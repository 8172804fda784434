using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Indexing;

/// <summary>
/// Groups the catalogue's records into <see cref="ProcedureFamily"/> families when the index is built: records of
/// one ministry and field whose names differ only by the level ("(thực hiện tại cấp tỉnh)", "thực hiện tại cấp trung ương,
/// cấp tỉnh, cấp xã") or by how it is submitted ("bằng dịch vụ công trực tuyến toàn trình", "… một phần hoặc trực
/// tiếp") are one procedure for a citizen.
/// </summary>
public static partial class FamilyGrouping
{
    /// <summary>The procedures with <see cref="Procedure.Family"/> set on every member of a family of two or more.</summary>
    public static IReadOnlyList<Procedure> Apply(IReadOnlyList<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var families = procedures
            // One ministry's customs and tax offices each have a "gia hạn nộp thuế": the same words, two procedures.
            .GroupBy(p => (Key: KeyOf(p.Name), Ministry: p.Ministry ?? "", Field: p.Field ?? ""))
            .Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var members = g
                    .Select(p => (Procedure: p, Level: ProcedureLevels.MostLocal(p), OnlineOnly: IsOnlineOnly(p.Name)))
                    .OrderBy(m => ProcedureLevels.CitizenRank(m.Level))
                    // Districts were abolished in 2025: of two records filed at the commune, the one its name still
                    // places at the district ("(thực hiện tại cấp huyện)") sends citizens to an office that is gone.
                    .ThenBy(m => NamesTheDistrict(m.Procedure.Name))
                    .ThenBy(m => m.OnlineOnly)
                    .ThenBy(m => m.Procedure.Code, StringComparer.Ordinal)
                    .Select(m => new FamilyMember(m.Procedure.Code, m.Level, m.OnlineOnly))
                    .ToArray();
                var family = new ProcedureFamily(g.Key.Key, members);
                return g.Select(p => (p.Code, Family: family));
            })
            .ToDictionary(f => f.Code, f => f.Family, StringComparer.Ordinal);
        return procedures.Select(p => families.TryGetValue(p.Code, out var family) ? p with { Family = family } : p).ToArray();
    }

    private static bool NamesTheDistrict(string name) =>
        VietnameseText.Fold(name).Contains("cap huyen", StringComparison.Ordinal);

    /// <summary>The folded name without "Thủ tục", level wording and submission-channel wording.</summary>
    public static string KeyOf(string name)
    {
        // The brackets are read before folding, which makes them separators: "(cấp xã)" and "(cấp tỉnh)" would
        // otherwise stay in the key and keep two levels of one procedure apart.
        var key = VietnameseText.Fold(LevelInBrackets().Replace(VietnameseText.FoldKeepingPunctuation(name ?? ""), " "));
        key = TrailingLevel().Replace(key, "");
        key = Channel().Replace(key, " ");
        key = string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.StartsWith("thu tuc ", StringComparison.Ordinal) ? key["thu tuc ".Length..] : key;
    }

    private static bool IsOnlineOnly(string name) => OnlineOnly().IsMatch(VietnameseText.Fold(name));

    [GeneratedRegex(@"\((?:thuc hien (?:tai|o) )?cap (?:xa|huyen|tinh|bo|tw|trung uong)[^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LevelInBrackets();

    [GeneratedRegex(@"\s+thuc hien (?:tai|o) cap (?:xa|huyen|tinh|bo|tw|trung uong)(?:,? (?:va |hoac )?cap (?:xa|huyen|tinh|bo|tw|trung uong))*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLevel();

    [GeneratedRegex(@"\s(?:thuc hien )?(?:bang dich vu cong (?:truc tuyen )?(?:toan trinh|mot phan(?: hoac truc tiep)?)|truc tuyen toan trinh)(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Channel();

    [GeneratedRegex(@"toan trinh", RegexOptions.CultureInvariant)]
    private static partial Regex OnlineOnly();
}
