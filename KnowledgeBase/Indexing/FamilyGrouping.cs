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
            .GroupBy(g => (Key: OfficeNamed().Replace(g.Key.Key, ""), g.Key.Ministry, g.Key.Field))
            // "… thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã" and "… của Sở Nông nghiệp và Môi trường": the
            // office named at the end is the level, when each name is at its own level. Two at one level that name two
            // offices ("… của Sở Y tế", "… của Sở Công Thương") are two procedures.
            .SelectMany(byOffice => byOffice.Count() > 1 && AtDistinctLevels(byOffice)
                ? [Keyed(byOffice.Key, byOffice.SelectMany(g => g))]
                : byOffice.Select(g => Keyed(g.Key, g)))
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

    /// <summary>The members as one group under <paramref name="key"/>: the family's key is the merged name's.</summary>
    private static IGrouping<(string Key, string Ministry, string Field), Procedure> Keyed((string Key, string Ministry, string Field) key, IEnumerable<Procedure> members) =>
        members.GroupBy(_ => key).Single();

    private static bool AtDistinctLevels(IEnumerable<IGrouping<(string Key, string Ministry, string Field), Procedure>> names)
    {
        var levels = names.Select(g => g.Select(ProcedureLevels.MostLocal).Distinct(StringComparer.Ordinal).ToList()).ToList();
        return levels.All(l => l.Count == 1 && l[0].Length > 0) && levels.Select(l => l[0]).Distinct(StringComparer.Ordinal).Count() == levels.Count;
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

    // The office a name ends with: "thuộc thẩm quyền (cấp phép) của …", "do Chủ tịch UBND cấp tỉnh phân cấp cho …".
    // Folded, "của sở" is also "của sổ", "của số": only a department's name after it.
    [GeneratedRegex(@"\s+(?:thuoc tham quyen|do chu tich|do uy ban|cua uy ban|cua ubnd|cua so (?:nong nghiep|tai chinh|xay dung|y te|cong thuong|tu phap|giao duc|van hoa|noi vu|khoa hoc|ngoai vu|dan toc|tai nguyen|giao thong|lao dong|ke hoach))\b.*$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeNamed();

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
