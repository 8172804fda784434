using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>Whether a procedure can be filed online and through which portals its record names.</summary>
public sealed record OnlineFiling(bool Available, IReadOnlyList<string> Portals)
{
    public static readonly OnlineFiling None = new(false, []);

    // Folded phrase in a channel note → how citizens know the portal. VNeID is the national identification app's name.
    private static readonly (string Phrase, string Portal)[] KnownPortals =
    [
        ("cong dich vu cong quoc gia", "Cổng Dịch vụ công quốc gia"),
        ("dichvucong gov vn", "Cổng Dịch vụ công quốc gia"),
        ("cong dich vu cong bo cong an", "Cổng dịch vụ công Bộ Công an"),
        ("ung dung dinh danh quoc gia", "ứng dụng VNeID"),
        ("vneid", "ứng dụng VNeID"),
        ("he thong thong tin giai quyet thu tuc hanh chinh cap tinh", "Cổng dịch vụ công của thành phố"),
        ("cong dich vu cong cap tinh", "Cổng dịch vụ công của thành phố"),
        ("he thong thong tin ve dang ky ho kinh doanh", "Hệ thống thông tin về đăng ký hộ kinh doanh"),
        ("cong thong tin quoc gia ve dang ky doanh nghiep", "Cổng thông tin quốc gia về đăng ký doanh nghiệp"),
        ("thue dien tu", "hệ thống thuế điện tử"),
    ];

    private static readonly string[] NameSaysOnline = ["truc tuyen", "dich vu cong mot phan", "dich vu cong toan trinh"];

    public static OnlineFiling Of(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var online = procedure.Channels.Where(c => VietnameseText.Fold(c.Channel).Contains("truc tuyen", StringComparison.Ordinal)).ToList();
        if (online.Count == 0)
        {
            // The channel table can lack the online row of a procedure whose very name says it is done online
            // ("… bằng dịch vụ công trực tuyến một phần hoặc trực tiếp").
            // "Đăng ký, cấp biển số xe lần đầu thực hiện bằng dịch vụ công một phần" says it without "trực tuyến".
            var name = VietnameseText.Fold(procedure.Name);
            return NameSaysOnline.Any(p => name.Contains(p, StringComparison.Ordinal)) ? new OnlineFiling(true, []) : None;
        }

        var notes = " " + string.Join(' ', online.Select(c => VietnameseText.Fold(c.Note ?? ""))) + " ";
        var portals = KnownPortals.Where(k => notes.Contains(" " + k.Phrase + " ", StringComparison.Ordinal)).Select(k => k.Portal).Distinct().ToArray();
        return new OnlineFiling(true, portals);
    }
}
