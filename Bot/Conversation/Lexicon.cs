namespace Bot.Conversation;

/// <summary>
/// The words the interpreter recognises. These are recognition patterns, not replies: replies live in
/// Templates/vi. Phrases are written with diacritics; <see cref="PhraseMatcher{T}"/> also accepts them typed without.
/// </summary>
internal static class Lexicon
{
    public static readonly (string, Aspect)[] Aspects =
    [
        ("hồ sơ", Aspect.Documents), ("giấy tờ", Aspect.Documents), ("cần gì", Aspect.Documents),
        ("cần những gì", Aspect.Documents), ("mang gì", Aspect.Documents), ("mang theo", Aspect.Documents),
        ("cần mang", Aspect.Documents), ("chuẩn bị", Aspect.Documents), ("thành phần", Aspect.Documents),
        ("tờ khai", Aspect.Documents), ("mẫu đơn", Aspect.Documents), ("gồm những gì", Aspect.Documents),
        ("gồm gì", Aspect.Documents), ("cần có gì", Aspect.Documents), ("cần giấy gì", Aspect.Documents),

        ("lệ phí", Aspect.Fee), ("phí", Aspect.Fee), ("bao nhiêu tiền", Aspect.Fee), ("tốn bao nhiêu", Aspect.Fee),
        ("hết bao nhiêu", Aspect.Fee), ("chi phí", Aspect.Fee), ("tiền", Aspect.Fee), ("phi", Aspect.Fee), ("tien", Aspect.Fee),
        ("miễn phí", Aspect.Fee), ("bao nhiêu", Aspect.Fee), ("mất tiền", Aspect.Fee),

        ("bao lâu", Aspect.Time), ("mấy ngày", Aspect.Time), ("bao nhiêu ngày", Aspect.Time),
        ("thời gian", Aspect.Time), ("thời hạn", Aspect.Time), ("khi nào", Aspect.Time), ("bao giờ", Aspect.Time),
        ("mấy hôm", Aspect.Time), ("bao nhiêu lâu", Aspect.Time), ("lâu không", Aspect.Time),
        ("ngày làm việc", Aspect.Time), ("nhanh không", Aspect.Time),

        ("làm thế nào", Aspect.Steps), ("làm sao", Aspect.Steps), ("như thế nào", Aspect.Steps),
        ("thế nào", Aspect.Steps), ("các bước", Aspect.Steps), ("trình tự", Aspect.Steps), ("quy trình", Aspect.Steps),
        ("cách làm", Aspect.Steps), ("ra sao", Aspect.Steps), ("làm như nào", Aspect.Steps), ("hướng dẫn", Aspect.Steps),
        ("thủ tục gì", Aspect.Steps),

        ("ở đâu", Aspect.Where), ("chỗ nào", Aspect.Where), ("nơi nào", Aspect.Where), ("cơ quan nào", Aspect.Where),
        ("đi đâu", Aspect.Where), ("địa chỉ", Aspect.Where), ("nơi nộp", Aspect.Where), ("nộp đâu", Aspect.Where),
        ("làm đâu", Aspect.Where), ("đến đâu", Aspect.Where), ("cơ quan thực hiện", Aspect.Where),
        ("cơ quan giải quyết", Aspect.Where),

        ("ai được", Aspect.Eligibility), ("điều kiện", Aspect.Eligibility), ("đối tượng", Aspect.Eligibility),
        ("ai có thể", Aspect.Eligibility), ("ai phải", Aspect.Eligibility), ("yêu cầu", Aspect.Eligibility),
        ("ai làm được", Aspect.Eligibility), ("có được làm", Aspect.Eligibility),

        ("online", Aspect.Online), ("trực tuyến", Aspect.Online), ("qua mạng", Aspect.Online),
        ("trên mạng", Aspect.Online), ("dịch vụ công", Aspect.Online), ("tại nhà", Aspect.Online),
        ("ở nhà", Aspect.Online), ("từ xa", Aspect.Online), ("internet", Aspect.Online), ("vneid", Aspect.Online),

        ("căn cứ", Aspect.LegalBasis), ("căn cứ pháp lý", Aspect.LegalBasis), ("văn bản pháp luật", Aspect.LegalBasis),
        ("văn bản pháp lý", Aspect.LegalBasis), ("luật nào", Aspect.LegalBasis), ("nghị định", Aspect.LegalBasis),
        ("thông tư", Aspect.LegalBasis), ("quy định nào", Aspect.LegalBasis), ("cơ sở pháp lý", Aspect.LegalBasis),
        ("theo luật", Aspect.LegalBasis),

        ("kết quả", Aspect.Result), ("nhận được gì", Aspect.Result), ("nhận gì", Aspect.Result),
        ("được cấp gì", Aspect.Result),
    ];

    /// <summary>When several aspects are mentioned, the first in this order wins ("nộp hồ sơ ở đâu" asks where).</summary>
    public static readonly Aspect[] Priority =
    [
        Aspect.Online, Aspect.Where, Aspect.Fee, Aspect.Time, Aspect.Eligibility, Aspect.LegalBasis,
        Aspect.Result, Aspect.Documents, Aspect.Steps,
    ];

    public static readonly string[] Reset =
        ["bắt đầu lại", "làm lại từ đầu", "reset", "restart", "xóa lịch sử", "hỏi lại từ đầu", "bắt đầu"];

    public static readonly string[] Greetings =
        ["xin chào", "chào", "hello", "hi", "alo", "chào bạn", "hey", "chào buổi sáng", "chào buổi chiều"];

    public static readonly string[] Thanks =
        ["cảm ơn", "cám ơn", "thank", "thanks", "thank you", "tks", "cảm ơn nhiều", "ok cảm ơn"];

    public static readonly string[] Goodbyes =
        ["tạm biệt", "bye", "goodbye", "hẹn gặp lại", "chào tạm biệt", "bai"];

    public static readonly string[] Help =
        ["giúp", "trợ giúp", "help", "bạn làm được gì", "bạn là ai", "hướng dẫn sử dụng", "bạn biết gì",
         "làm được gì", "menu"];

    public static readonly string[] HelpfulFeedback = ["hữu ích", "có ích", "👍"];

    public static readonly string[] NotHelpfulFeedback = ["chưa hữu ích", "không hữu ích", "không có ích", "👎"];

    /// <summary>Topics clearly outside administrative procedures.</summary>
    public static readonly string[] OutOfScope =
    [
        "thời tiết", "mưa", "nắng", "nhiệt độ", "bóng đá", "thể thao", "chính trị", "đảng", "bầu cử", "tổng thống",
        "chủ tịch nước", "chiến tranh", "biểu tình", "bệnh", "thuốc", "đau", "sốt", "chữa", "bác sĩ", "khám bệnh",
        "triệu chứng", "ung thư", "covid", "vaccine", "giá vàng", "vàng", "chứng khoán", "cổ phiếu", "bitcoin",
        "tiền ảo", "xổ số", "lô đề", "nấu", "món ăn", "nấu ăn", "phim", "ca sĩ", "bài hát", "nhạc", "game",
        "trò chơi", "tình yêu", "người yêu", "du lịch", "khách sạn", "nhà hàng", "tỷ giá", "bài thơ", "làm thơ",
        "truyện cười", "kể chuyện", "tử vi", "phong thủy", "giải toán", "bài tập", "lập trình", "viết code",
        "dịch sang", "công thức", "uống thuốc", "bị sốt", "bị ốm", "bị đau", "đau đầu", "đau bụng", "bị cảm", "ăn gì", "mặc gì", "hẹn hò", "giảm cân", "ăn kiêng", "tôn giáo", "bóng chuyền",
    ];

    /// <summary>Words that mark a question as administrative even when it mentions an out-of-scope topic ("giấy phép bán thuốc").</summary>
    public static readonly string[] AdministrativeSignals =
    [
        "thủ tục", "giấy phép", "chứng chỉ", "đăng ký", "cấp", "hồ sơ", "lệ phí", "giấy", "hành nghề", "kinh doanh",
        "chứng nhận", "xin phép", "cơ sở", "hộ kinh doanh", "doanh nghiệp", "căn cước", "hộ chiếu", "khai sinh",
    ];

    /// <summary>Conversational words that carry no topic: removed before searching and when deciding whether a message names a procedure.</summary>
    public static readonly string[] Fillers =
    [
        "tôi", "mình", "em", "anh", "chị", "bạn", "ad", "admin", "cho", "hỏi", "muốn", "cần", "phải", "thì", "sao",
        "còn", "vậy", "nhé", "nhỉ", "ạ", "à", "ơi", "với", "được", "không", "ko", "k", "có", "là", "gì", "nào",
        "thế", "này", "đó", "đấy", "nữa", "thêm", "nộp", "đi", "xin", "mang", "theo", "khi", "nó", "cái", "việc",
        "của", "và", "hay", "hoặc", "bị", "để", "cũng", "vẫn", "rồi", "chưa", "luôn", "làm", "ơn", "giúp", "hộ",
        "vui", "lòng", "biết", "xem", "thủ", "tục", "các", "những", "thông", "tin", "về", "mất", "hết", "cụ", "thể",
        "ra", "sẽ", "đang", "ở", "tại", "trong", "người", "ai", "lúc", "bây", "giờ", "hiện", "nay", "ok", "oke",
        "vâng", "dạ", "ừ", "uh", "hả", "ha", "nha", "nhá", "đâu", "một", "lắm", "rất", "quá", "hơn", "nhất",
        "thì sao", "như", "kiểu", "giống", "cách", "nơi",
    ];
}
