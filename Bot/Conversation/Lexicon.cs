namespace Bot.Conversation;

/// <summary>
/// The words the interpreter recognises. These are recognition patterns, not replies: replies live in
/// Templates/vi. Phrases are written with diacritics; <see cref="PhraseMatcher{T}"/> also accepts them typed without.
/// </summary>
internal static class Lexicon
{
    public static readonly string[] Reset =
        ["bắt đầu lại", "làm lại từ đầu", "reset", "restart", "xóa lịch sử", "hỏi lại từ đầu", "bắt đầu", "hỏi thủ tục khác", "thủ tục khác"];

    public static readonly string[] Greetings =
        ["xin chào", "chào", "hello", "hi", "alo", "chào bạn", "hey", "chào buổi sáng", "chào buổi chiều"];

    public static readonly string[] Thanks =
        ["cảm ơn", "cám ơn", "thank", "thanks", "thank you", "tks", "cảm ơn nhiều", "ok cảm ơn", "camon", "cảm ơn nha",
         "ok", "oke", "okay", "được rồi", "vâng", "dạ", "ừ", "hiểu rồi", "rõ rồi"];

    public static readonly string[] Goodbyes =
        ["tạm biệt", "bye", "goodbye", "hẹn gặp lại", "chào tạm biệt", "bai"];

    public static readonly string[] Help =
        ["giúp", "trợ giúp", "help", "bạn làm được gì", "bạn là ai", "hướng dẫn sử dụng", "bạn biết gì",
         "làm được gì", "menu"];

    public static readonly string[] HelpfulFeedback = ["hữu ích", "có ích", "👍", "hay lắm", "tốt lắm", "5 sao", "năm sao"];

    public static readonly string[] NotHelpfulFeedback = ["chưa hữu ích", "không hữu ích", "không có ích", "👎"];

    /// <summary>
    /// What the fee laws name charges after, the step the office performs ("phí thẩm định", "lệ phí sát hạch"): a fee
    /// question naming only these asks about the procedure under discussion, not about a procedure called "Thẩm định …".
    /// </summary>
    public static readonly string[] ChargeSteps =
        ["thẩm định", "kiểm định", "sát hạch", "đánh giá", "thẩm tra", "xét duyệt", "kiểm tra", "thẩm duyệt", "giám định", "kiểm nghiệm", "hồ sơ", "cấp", "cấp giấy"];

    /// <summary>
    /// How a follow-up asks whether someone pays less: what is reduced is the discussed procedure's charge, so the group
    /// named beside it ("sinh viên", "người cao tuổi") is who asks, not another procedure.
    /// </summary>
    public static readonly string[] Reductions = ["được giảm", "được miễn", "miễn giảm", "giảm phí", "giảm lệ phí", "giảm tiền"];

    /// <summary>Topics clearly outside administrative procedures.</summary>
    public static readonly string[] OutOfScope =
    [
        "thời tiết", "mưa", "nắng", "nhiệt độ", "bóng đá", "thể thao", "chính trị", "đảng", "bầu cử", "tổng thống",
        "chủ tịch nước", "chiến tranh", "biểu tình", "bệnh", "thuốc", "đau", "sốt", "chữa", "bác sĩ", "khám bệnh",
        "triệu chứng", "ung thư", "covid", "vaccine", "giá vàng", "vàng", "chứng khoán", "cổ phiếu", "bitcoin",
        "tiền ảo", "lãi suất", "gửi tiết kiệm", "xổ số", "lô đề", "nấu", "món ăn", "nấu ăn", "phim", "ca sĩ", "bài hát", "nhạc", "game",
        "trò chơi", "tình yêu", "người yêu", "du lịch", "khách sạn", "nhà hàng", "tỷ giá", "bài thơ", "làm thơ",
        "truyện cười", "kể chuyện", "tử vi", "phong thủy", "giải toán", "bài tập", "lập trình", "viết code",
        "dịch sang", "công thức", "uống thuốc", "bị sốt", "bị ốm", "bị đau", "đau đầu", "đau bụng", "bị cảm", "ăn gì", "mặc gì", "hẹn hò", "giảm cân", "ăn kiêng", "tôn giáo", "bóng chuyền",
        "shopee", "lazada", "tiki", "shipper", "iphone", "gói cước", "nhà mạng", "viettel", "vinaphone", "mobifone", "4g", "5g",
    ];

    /// <summary>
    /// Asking the assistant's opinion ("… làm việc có tốt không", "đúng hay sai"): out of scope however many words of a
    /// procedure's name it holds, unless it also asks a fact ("bạn thấy thế nào, làm sổ đỏ mất bao lâu"). Only phrases
    /// that stay an opinion typed without diacritics: "theo ban" is also "theo bản án", "co dung khong" is "có dùng
    /// không", "y kien cua ban" is "ý kiến của ban quản trị".
    /// </summary>
    public static readonly string[] Opinion =
    [
        "bạn nghĩ sao", "bạn nghĩ gì", "bạn thấy sao", "bạn thấy thế nào", "đúng hay sai", "nên phản đối",
        "ủng hộ hay phản đối", "quan điểm của bạn", "có tốt không", "thì tốt hơn", "nào tốt hơn", "cái nào tốt",
    ];

    /// <summary>Questions about the service centre itself, which the catalogue does not answer.</summary>
    public static readonly string[] CentreInfo =
    [
        "giờ làm việc", "mấy giờ mở cửa", "giờ mở cửa", "mở cửa mấy giờ", "làm việc mấy giờ", "mấy giờ làm việc",
        "mở cửa", "đóng cửa lúc mấy giờ", "số điện thoại", "sdt", "sđt", "tổng đài", "hotline", "đường dây nóng",
        "làm việc thứ bảy", "làm việc chủ nhật", "có làm thứ bảy", "có làm chủ nhật",
    ];

    /// <summary>Words that may stand beside a centre question without making it about a procedure ("trung tâm", "bộ phận một cửa").</summary>
    public static readonly string[] CentreWords =
        ["trung", "tâm", "phục", "vụ", "hành", "chính", "công", "hà", "nội", "bộ", "phận", "một", "cửa", "phường", "xã", "ủy", "ban", "ubnd"];

    /// <summary>Words that mark a question as administrative even when it mentions an out-of-scope topic ("giấy phép bán thuốc").</summary>
    public static readonly string[] AdministrativeSignals =
    [
        "thủ tục", "giấy phép", "chứng chỉ", "đăng ký", "cấp", "hồ sơ", "lệ phí", "giấy", "hành nghề", "kinh doanh",
        "chứng nhận", "xin phép", "cơ sở", "hộ kinh doanh", "doanh nghiệp", "căn cước", "hộ chiếu", "khai sinh",
        // "nhà tôi với nhà hàng xóm cãi nhau về ranh giới đất": folded, "nhà hàng xóm" holds a restaurant.
        "đất", "hàng xóm", "tranh chấp", "ranh giới",
    ];

    /// <summary>
    /// Words that ask for a procedure by kind ("thủ tục cấp phép nuôi chim cảnh"): such a message is a new request even
    /// when the catalogue has nothing for it, never a follow-up on the procedure under discussion.
    /// </summary>
    public static readonly string[] ProcedureRequests =
    [
        "thủ tục", "giấy phép", "cấp phép", "xin phép", "xin cấp", "chứng chỉ", "chứng nhận", "đăng ký", "hành nghề", "làm giấy",
    ];

    /// <summary>
    /// Fillers as typed without diacritics, only where the bare spelling is not also a word that names something
    /// ("hon" is "hơn" or "hôn", "the" is "thế" or "thẻ", "can" is "cần" or "căn", "tai" is "tại" or "tài").
    /// </summary>
    public static readonly string[] UnaccentedFillers =
    [
        "toi", "minh", "em", "anh", "chi", "ban", "ad", "admin", "cho", "hoi", "muon", "phai", "thi", "sao",
        "vay", "nhe", "a", "oi", "voi", "duoc", "dc", "khong", "ko", "k", "la", "gi", "nao", "nay", "day", "nua",
        "them", "nop", "xin", "mang", "theo", "khi", "cai", "viec", "cua", "va", "hay", "hoac", "bi", "cung", "van",
        "roi", "chua", "luon", "lam", "giup", "vui", "long", "biet", "xem", "cac", "nhung", "ve", "het", "cu", "ra",
        "se", "o", "nguoi", "ai", "luc", "bay", "hien", "ok", "oke", "vang", "da", "u", "uh", "ha", "nha", "mot",
        "rat", "qua", "nhat", "nhu", "kieu", "giong", "chau", "nhieu", "nghen", "ne", "ro", "hieu", "that", "ah",
        "thu", "tuc", "thong", "tin", "gio", "thoi",
    ];

    /// <summary>
    /// How a citizen takes the conversation back to an earlier topic ("quay lại chuyện khai sinh"): never part of the
    /// topic or the search, where "lại" would read as re-registration ("Đăng ký lại khai sinh").
    /// </summary>
    public static readonly string[] ReturnPhrases =
    [
        "quay lại chuyện", "quay lại vấn đề", "quay lại việc", "quay lại phần", "quay lại câu hỏi", "quay lại thủ tục",
        "quay lại hỏi", "quay lại", "quay về chuyện", "quay về vấn đề", "quay về việc", "quay về", "trở lại chuyện",
        "trở lại vấn đề", "trở lại việc", "trở lại câu hỏi", "hỏi lại về", "hỏi lại chuyện", "nói lại về", "nói lại chuyện",
        "lại nói về", "lại hỏi về",
    ];

    /// <summary>
    /// How a message asks "the same, about something else": "còn khai tử thì sao" after the time of a birth registration
    /// asks the time of a death registration. Leads are matched as typed ("con" without accents is a child).
    /// </summary>
    public static readonly string[] ContrastLeads = ["còn", "thế còn", "vậy còn", "thế thì còn"];

    /// <summary>How a follow-up describes a case of the procedure under discussion: "nếu …", "trường hợp …".</summary>
    public static readonly string[] ConditionLeads = ["nếu", "thế nếu", "còn nếu", "vậy nếu", "trường hợp", "trong trường hợp", "neu", "con neu", "the neu"];

    /// <summary>
    /// How a question asks yes or no ("có được ủy quyền không", "đã có kết quả chưa"): what it asks may be a sentence of
    /// the record rather than one of its facts.
    /// </summary>
    public static readonly string[] YesNoEnds = ["không", "khong", "ko", "hông", "hay không", "chưa", "chua"];

    /// <summary>Courtesy and tone words a question may end with after what it asks ("… được không ạ", "… ko vậy").</summary>
    public static readonly HashSet<string> Courtesies = new(["ạ", "a", "ak", "ah", "vậy", "vay", "nhỉ", "nhé", "nha", "ad", "hả", "z", "nhen"], StringComparer.Ordinal);

    /// <inheritdoc cref="ContrastLeads"/>
    public static readonly string[] ContrastEnds = ["thì sao", "thi sao", "thì thế nào", "thi the nao"];

    /// <summary>
    /// Fillers that still tell a situation when no fact phrase took them: "còn nếu bị mất thì sao" after renewing an ID
    /// card is about a lost one ("mất bao lâu" asks for the time and never gets here).
    /// </summary>
    public static readonly HashSet<string> SituationFillers = new(["mất", "mat"], StringComparer.Ordinal);

    /// <summary>Conversational words that carry no topic: removed before searching and when deciding whether a message names a procedure.</summary>
    public static readonly string[] Fillers =
    [
        "tôi", "mình", "em", "anh", "chị", "bạn", "ad", "admin", "cho", "hỏi", "muốn", "cần", "phải", "thì", "sao",
        "còn", "vậy", "nhé", "nhỉ", "ạ", "à", "ơi", "với", "được", "không", "ko", "k", "có", "là", "gì", "nào",
        "thế", "này", "đó", "đấy", "nữa", "thêm", "nộp", "đi", "xin", "mang", "theo", "khi", "nó", "cái", "việc",
        "của", "và", "hay", "hoặc", "bị", "để", "cũng", "vẫn", "rồi", "chưa", "luôn", "làm", "ơn", "giúp",
        "vui", "lòng", "biết", "xem", "thủ", "tục", "các", "những", "thông", "tin", "về", "mất", "hết", "cụ thể", "có thể",
        "ra", "sẽ", "đang", "ở", "tại", "trong", "người", "ai", "lúc", "bây", "giờ", "hiện", "nay", "ok", "oke",
        "vâng", "dạ", "ừ", "uh", "hả", "ha", "nha", "nhá", "đâu", "một", "lắm", "rất", "quá", "hơn", "nhất",
        "thì sao", "như", "kiểu", "giống", "cách", "nơi", "cháu", "bác", "cô", "chú", "ông", "bà", "nhiều", "mọi",
        "thật", "nhe", "nghen", "nè", "rõ", "hiểu", "thôi", "chuyện", "vấn đề", "cả",
    ];
}
