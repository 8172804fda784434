using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// The words the matcher weighs when it decides whether a procedure's name confirms a question. Recognition data,
/// not replies; written with diacritics and compared folded where the citizen typed none.
/// </summary>
public static class MatchLexicon
{
    /// <summary>Abbreviations citizens use, expanded for the relevance check (the search has its own synonyms).</summary>
    public static readonly (string Short, string Long)[] Abbreviations =
    [
        ("cccd", "căn cước công dân"), ("cmnd", "chứng minh nhân dân"), ("cmt", "chứng minh nhân dân"),
        ("gplx", "giấy phép lái xe"), ("đkkd", "đăng ký kinh doanh"), ("dkkd", "đăng ký kinh doanh"),
        ("gpkd", "giấy phép kinh doanh"), ("passport", "hộ chiếu"), ("visa", "thị thực"), ("sổ đỏ", "quyền sử dụng đất"),
        ("sổ hồng", "quyền sử dụng đất"), ("bằng lái", "giấy phép lái xe"), ("hộ khẩu", "thường trú cư trú"),
        ("khai tử", "khai tử chết"), ("lltp", "lý lịch tư pháp"), ("mst", "mã số thuế"), ("htx", "hợp tác xã"), ("gcn", "giấy chứng nhận"), ("bhyt", "bảo hiểm y tế"),
        ("bhxh", "bảo hiểm xã hội"), ("xe máy", "xe mô tô"), ("cà vẹt", "chứng nhận đăng ký xe"), ("cavet", "chứng nhận đăng ký xe"), ("ô tô", "xe ô tô"), ("oto", "xe ô tô"), ("vn", "việt nam"),

        // Abbreviations the catalogue itself uses in procedure names ("trợ cấp nghỉ DSPHSK sau ốm đau, thai sản").
        ("dsphsk", "dưỡng sức phục hồi sức khỏe"), ("tnlđ", "tai nạn lao động"), ("bnn", "bệnh nghề nghiệp"),
        ("ubnd", "ủy ban nhân dân"), ("tncn", "thuế thu nhập cá nhân"), ("tndn", "thuế thu nhập doanh nghiệp"),
        ("gtgt", "thuế giá trị gia tăng"), ("tnhh", "trách nhiệm hữu hạn"), ("mtv", "một thành viên"),
        ("kbnn", "kho bạc nhà nước"), ("nhnn", "ngân hàng nhà nước"), ("tw", "trung ương"),
    ];

    /// <summary>Words too common in procedure names to show, alone, that a procedure is what the citizen meant.</summary>
    public static readonly string[] WeakNameWords =
    [
        "cấp", "đăng", "ký", "giấy", "lại", "đổi", "mới", "xác", "nhận", "chứng", "thực", "hiện", "công", "dân",
        "việt", "nam", "trường", "hợp", "đối", "số", "hồ", "sơ", "quốc", "gia", "nhà", "nước", "cơ", "quan",
        "thẻ", "tổ", "chức", "cá", "nhân", "sử", "dụng", "quản", "lý", "điều", "chỉnh", "bổ", "sung", "hà", "nội",
        "thay", "năm", "tuổi", "trên", "dưới", "từ", "đủ", "lần", "đầu", "bản", "sao", "hành", "chính", "đề", "nghị",
    ];

    /// <summary>
    /// Pairs of weak words that together name a procedure of their own ("chứng thực bản sao … sổ hộ khẩu" is a
    /// certification, whatever paper it certifies; "cấp lại" is the re-issue of the paper, not its first issue; a
    /// "giấy chứng nhận sử dụng công cụ hỗ trợ" is not the "Giấy phép sử dụng công cụ hỗ trợ"), folded.
    /// </summary>
    internal static readonly HashSet<string> StrongPairs = new(["chung thuc", "cap lai", "chung nhan", "doi the", "cap doi", "bo sung", "cap nhat"], StringComparer.Ordinal);

    /// <summary>
    /// Acts done on a benefit or paper the citizen may only name ("Ủy quyền lĩnh thay … trợ cấp thất nghiệp", "Giải quyết
    /// chuyển hưởng sang địa bàn khác …"), folded: a record whose name opens with one, for a question that says none of
    /// its words, is a guess at what the catalogue may lack (the benefit itself), not the answer.
    /// </summary>
    /// <remarks>
    /// A question says the act when it holds one of its cues (folded words in a row), or the editors' synonyms read one
    /// in it ("đi làm thay" → "ủy quyền").
    /// </remarks>
    internal static readonly (string Act, string[] Cues)[] SideActs =
    [
        ("uy quyen", ["uy quyen", "thay"]),
        ("chuyen huong", ["chuyen"]),
        ("thu hoi", ["thu hoi", "nop lai", "tra lai", "huy"]),
    ];

    /// <summary>Generic openings a side act may follow in a name ("Giải quyết chuyển hưởng …"), folded.</summary>
    internal static readonly string[] GenericOpenings = ["giai quyet ", "thu tuc "];

    /// <summary>Folded words that link the parts of a name ("cho", "của", "đối với") and say nothing on their own.</summary>
    public static readonly IReadOnlySet<string> LinkWords = new HashSet<string>(
        ["cho", "cua", "va", "voi", "doi", "trong", "tai", "o", "khi", "theo", "ma", "la", "cac", "nhung", "de", "thi", "tu", "ve", "hoac"],
        StringComparer.Ordinal);

    /// <summary>The link words as written with their accents: "tử" of "khai tử" is not the link word "từ".</summary>
    private static readonly HashSet<string> AccentedLinkWords = new(
        ["cho", "của", "và", "với", "đối", "trong", "tại", "ở", "khi", "theo", "mà", "là", "các", "những", "để", "thì", "từ", "về", "hoặc"],
        StringComparer.Ordinal);

    /// <summary>Whether a word is a link word as it was spelled: with accents as typed, without them folded.</summary>
    internal static bool IsLink(string typed, string folded) =>
        typed == folded ? LinkWords.Contains(folded) : AccentedLinkWords.Contains(typed);

    /// <summary>Levels a citizen may name in a question; the value is the catalogue's level label.</summary>
    public static readonly (string Phrase, string Level)[] Levels =
    [
        ("cấp tỉnh", "Cấp tỉnh"), ("cấp thành phố", "Cấp tỉnh"), ("cấp xã", "Cấp xã"), ("cấp phường", "Cấp xã"),
        ("cấp bộ", "Cấp bộ"), ("trung ương", "Cấp bộ"), ("cấp trung ương", "Cấp bộ"),
    ];

    /// <summary>Shorter level words, understood only as an answer to "which one?" ("bộ hồ sơ" is not a level).</summary>
    public static readonly (string Phrase, string Level)[] ChoiceLevels =
    [
        .. Levels, ("tỉnh", "Cấp tỉnh"), ("thành phố", "Cấp tỉnh"), ("xã", "Cấp xã"), ("phường", "Cấp xã"),
        ("bộ", "Cấp bộ"),
    ];

    internal static readonly HashSet<string> WeakWords = new(WeakNameWords, StringComparer.Ordinal);

    /// <summary>
    /// Whether a word is weak as it was spelled: with its accents it must be a weak word itself ("hộ" of "hộ kinh doanh"
    /// is not the weak "hồ" of "hồ sơ"); typed without, its folded form decides.
    /// </summary>
    internal static bool IsWeak(string typed, string folded) =>
        typed == folded ? WeakFolded.Contains(folded) : WeakWords.Contains(typed);

    internal static readonly HashSet<string> WeakFolded = new(WeakNameWords.Select(VietnameseText.Fold), StringComparer.Ordinal);
}
