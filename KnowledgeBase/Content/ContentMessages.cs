using System.Globalization;

namespace KnowledgeBase.Content;

/// <summary>
/// Every message a content check reports (procedure files, <c>synonyms.txt</c>, <c>regressions.jsonl</c>), in one
/// place so <c>Indexer validate</c>/<c>build</c> and the editors' workspace show the same Vietnamese text. Editors are
/// service-centre staff: the texts are plain Vietnamese, while the tokens they type (front-matter keys, section
/// headings, JSON keys) are quoted unchanged so they can be found in the file.
/// </summary>
public static class ContentMessages
{
    // Procedure files: the Markdown and its front matter.
    public static string MarkdownUnreadable(string detail) => $"Không đọc được nội dung Markdown: {detail}";

    public const string MissingFrontMatter = "Thiếu phần front matter YAML: tệp phải bắt đầu bằng một dòng '---'";

    public static string FrontMatterUnreadable(string parserDetail) => $"Front matter không đọc được: {parserDetail}";

    public static string RequiredKey(string key) => $"Front matter: thiếu '{key}' (bắt buộc phải có)";

    public static string CodeNotInCatalogueForm(string code) =>
        $"Front matter: mã '{code}' không giống mã thủ tục trong danh mục (ví dụ 1.014061)";

    public const string LevelsRequired = "Front matter: 'levels' phải liệt kê ít nhất một cấp (Cấp bộ, Cấp tỉnh, Cấp xã)";

    public const string SourceMissing =
        "Front matter: chưa có 'source' (địa chỉ trang chính thức), nên câu trả lời sẽ không dẫn nguồn";

    public static string SourceNotUrl(string value) => $"Front matter: 'source' phải là địa chỉ http(s), nhưng đang là '{value}'";

    public static string UpdatedNotDate(string value) =>
        $"Front matter: 'updated' phải là ngày viết dạng 2026-11-25, nhưng đang là '{value}'";

    public const string ChannelNameMissing = "Front matter: mỗi mục trong 'channels' cần có tên 'channel'";

    public static string DistrictLevelPlace(string place) =>
        $"Front matter: nơi nộp (facts.place) '{place}' nêu cấp huyện, cấp hành chính không còn từ ngày 01/7/2025; hãy kiểm tra nơi công dân nộp hồ sơ hiện nay";

    public static string FreeFeeNamesAmount(string channel) =>
        $"Front matter: lệ phí của '{channel}' ghi 'Miễn phí' nhưng phần ghi chú lại nêu số tiền; hãy kiểm tra mức nào đúng (facts.fees)";

    // The facts block (facts.fees, facts.times).
    public const string FeeChannelMissing = "Front matter: mỗi mục trong 'facts.fees' cần có 'channel'";

    public static string FeeKind(string channel) =>
        $"Front matter: lệ phí của '{channel}' phải có đúng một trong ba: 'amount', 'free: true' hoặc 'rule'";

    public static string FeeNegative(string channel) => $"Front matter: số tiền lệ phí của '{channel}' không được là số âm";

    public static string FeeEndsBeforeStart(string channel, string? until, string? from) =>
        $"Front matter: lệ phí của '{channel}' kết thúc ({until}) trước ngày bắt đầu ({from})";

    public static string FeeDate(string key, string value) =>
        $"Front matter: '{key}' của lệ phí phải là ngày viết dạng 2026-12-31, nhưng đang là '{value}'";

    public const string TimeIncomplete =
        "Front matter: mỗi mục trong 'facts.times' cần có 'channel', 'value' là số dương và 'unit' (ví dụ ngày làm việc)";

    // Procedure files: the sections.
    public static string MissingSection(string heading) => $"Thiếu mục bắt buộc '## {heading}'";

    public static string DuplicateSection(string heading) => $"Mục '## {heading}' bị lặp lại";

    public static string UnknownHeading(string title, IEnumerable<string> headings) =>
        $"Tiêu đề '## {title}' không đúng; chỉ dùng một trong các tiêu đề: {string.Join(", ", headings)}";

    public const string TextOutsideSection = "Đoạn này nằm ngoài mọi mục '## ' nên sẽ bị bỏ qua";

    // The catalogue as a whole.
    public const string ContentFolderNotFound = "Không tìm thấy thư mục nội dung";

    public static string DuplicateCode(string code, string? firstFile) => $"Mã {code} bị trùng: tệp {firstFile} đã dùng mã này";

    public static string FileNameMismatch(string fileName, string code) =>
        $"Tên tệp '{fileName}.md' không khớp với mã {code}; hãy đổi tên thành {code}.md";

    // synonyms.txt.
    public static string SinglePhrase(string text) =>
        $"'{text}' chỉ có một cụm từ: hãy liệt kê ít nhất hai cụm từ, cách nhau bằng dấu phẩy, hoặc dùng dạng 'a => b'";

    public const string MoreThanOneArrow = "Có nhiều hơn một '=>' trên cùng một dòng; mỗi dòng chỉ viết một quy tắc";

    public const string NoPhrase = "Chưa có cụm từ nào";

    public const string EmptyPhrase = "Có cụm từ trống giữa hai dấu phẩy";

    /// <summary>A problem on one side of a <c>a => b</c> rule.</summary>
    public static string ArrowSide(bool left, string problem) =>
        $"{(left ? "Bên trái" : "Bên phải")} '=>': {LowerFirst(problem)}";

    public static string NoLetters(string phrase) => $"'{phrase}' không có chữ cái hay chữ số nào để tìm";

    public const string RuleEmpty = "Quy tắc đang trống";

    // regressions.jsonl (and the other JSON Lines files).
    public static string NotJson(string detail) => $"Dòng này không phải JSON hợp lệ ({detail})";

    public const string NotJsonObject = "Mỗi dòng phải là một đối tượng JSON {…}";

    public const string QuestionRequired = "\"question\" phải là một chuỗi không rỗng";

    public const string OutOfScopeNotBoolean = "\"outOfScope\" phải là true hoặc false";

    public const string ExpectedMissing =
        "Hãy ghi thủ tục cần ra bằng \"code\", hoặc \"outOfScope\": true cho câu hỏi trợ lý phải từ chối";

    public const string CodeAndOutOfScope = "Mỗi trường hợp chỉ có \"code\" hoặc \"outOfScope\": true, không được có cả hai";

    public static string AddedNotDate(string value) => $"\"added\" phải là ngày viết dạng yyyy-MM-dd, nhưng đang là '{value}'";

    public static string NotString(string key) => $"\"{key}\" phải là một chuỗi";

    // Regression cases that no longer pass.
    /// <summary>"dòng 4: “câu hỏi” → cần ra thủ tục 1.014064, nhưng ra …": one failed case, for the build's refusal and the eval report.</summary>
    public static string RegressionFailure(int line, string question, string? expectedCode, string? topCode, string? topName, float? topScore, string? note)
    {
        var expected = expectedCode is null ? "câu từ chối (ngoài phạm vi)" : "thủ tục " + expectedCode;
        var got = topCode is null
            ? "không thủ tục nào"
            : string.Create(CultureInfo.InvariantCulture, $"thủ tục {topCode} {topName} (điểm {topScore:0.0})");
        var noteText = note is null ? "" : $" [{note}]";
        return string.Create(CultureInfo.InvariantCulture, $"dòng {line}: “{question}” → cần ra {expected}, nhưng ra {got}{noteText}");
    }

    public static string RegressionsRefused(int failed, int total, string file) =>
        string.Create(CultureInfo.InvariantCulture, $"Không xuất bản: {failed}/{total} câu hỏi kiểm tra trong {file} không còn đạt, tức là thay đổi này làm hỏng một lần sửa trước đây; chỉ mục đang dùng không đổi:");

    public static string RegressionBuildUnreadable(string buildName) =>
        $"Không mở được bản xây dựng mới {buildName} để chạy các câu hỏi kiểm tra; chỉ mục đang dùng không đổi";

    private static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
