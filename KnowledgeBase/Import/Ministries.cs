using System.Collections.Frozen;

namespace KnowledgeBase.Import;

/// <summary>Ministry names for the crawl's folder names (the table in the crawl's README).</summary>
public static class Ministries
{
    private static readonly FrozenDictionary<string, string> ByFolder = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bo-cong-an"] = "Bộ Công an",
        ["bo-nong-nghiep-mt"] = "Bộ Nông nghiệp và Môi trường",
        ["bo-tai-chinh"] = "Bộ Tài chính",
        ["bo-tu-phap"] = "Bộ Tư pháp",
        ["bo-xay-dung"] = "Bộ Xây dựng",
        ["ngan-hang-nha-nuoc"] = "Ngân hàng Nhà nước",
        ["toa-an-nhan-dan"] = "Tòa án nhân dân",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The ministry for a crawl folder, or null for a folder the catalogue does not know (never guessed).</summary>
    public static string? FromFolder(string folder) => ByFolder.GetValueOrDefault(folder);
}
