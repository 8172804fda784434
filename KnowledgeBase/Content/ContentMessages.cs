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
    /// <summary>Markdig refuses input nested hundreds of levels deep; that is the only way it fails on text.</summary>
    public const string MarkdownTooDeep =
        "Không đọc được nội dung Markdown: danh sách hoặc trích dẫn lồng nhau quá sâu; hãy kiểm tra các dòng bắt đầu bằng '-', '*' hoặc '>'";

    public const string MissingFrontMatter = "Thiếu phần front matter YAML: tệp phải bắt đầu bằng một dòng '---'";

    // The front matter as YAML: what YamlDotNet refuses, said without its English and .NET type names (FrontMatterErrors).
    /// <summary>"Trường 'bogus' không được hỗ trợ trong phần facts (dòng 5)"; <paramref name="part"/> is empty for the top level.</summary>
    public static string UnknownKey(string key, string part, int line, IEnumerable<string> allowed) =>
        string.Create(CultureInfo.InvariantCulture, $"Trường '{key}' không được hỗ trợ {(part.Length == 0 ? "trong phần đầu" : $"trong phần {part}")} (dòng {line}); các trường dùng được: {string.Join(", ", allowed)}");

    public static string NotNumber(string key, string value, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"'{key}' phải là một số viết liền bằng chữ số (ví dụ 50000), nhưng đang là '{value}' (dòng {line})");

    public static string NumberTooLarge(string key, string value, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"'{key}' quá lớn hoặc quá nhỏ: '{value}' (dòng {line})");

    public static string NotBoolean(string key, string value, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"'{key}' chỉ nhận true hoặc false, nhưng đang là '{value}' (dòng {line})");

    public static string NotList(string key, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"'{key}' phải là một danh sách, mỗi mục một dòng bắt đầu bằng '- ' (dòng {line})");

    public static string NotGroup(string key, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"'{key}' phải là một nhóm trường con, viết thụt lề ở các dòng bên dưới (dòng {line})");

    public static string NotText(string key, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"'{key}' phải là một giá trị viết trên một dòng, không phải danh sách hay nhóm; nếu giá trị bắt đầu bằng '[' hoặc '{{' hãy đặt cả giá trị trong dấu nháy kép (dòng {line})");

    public static string ListItemNotText(string key, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Mỗi mục của '{key}' phải là một giá trị viết trên một dòng; nếu mục có chứa ': ' hãy đặt cả mục trong dấu nháy kép (dòng {line})");

    public static string FrontMatterNotKeys(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Phần đầu phải gồm các dòng 'trường: giá trị' (ví dụ code: \"1.014064\") (dòng {line})");

    public static string ColonInValue(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Dấu ':' đặt sai chỗ hoặc thụt lề sai (dòng {line}); nếu giá trị có chứa ': ' hãy đặt cả giá trị trong dấu nháy kép");

    public static string UnclosedQuote(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Dấu nháy mở ở dòng {line} chưa được đóng, hoặc dòng tiếp theo thụt lề sai");

    public static string TabIndent(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Có ký tự tab dùng để thụt lề (dòng {line}); phần đầu chỉ được thụt lề bằng dấu cách");

    public static string ReservedStart(string character, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Giá trị không được bắt đầu bằng '{character}' (dòng {line}); hãy đặt cả giá trị trong dấu nháy kép");

    public static string Indentation(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Thụt lề không khớp (dòng {line}): các trường cùng cấp phải thẳng cột, mỗi mục danh sách bắt đầu bằng '- '");

    public static string ColonMissing(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Thiếu dấu ':' sau tên trường, hoặc một giá trị bị ngắt sang dòng khác (dòng {line})");

    public static string UnclosedBracket(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Dấu ngoặc '[' hoặc '{{' mở ở dòng {line} chưa được đóng; nếu giá trị bắt đầu bằng dấu ngoặc hãy đặt cả giá trị trong dấu nháy kép");

    public static string DashesInside(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Dòng '---' nằm giữa phần đầu (dòng {line}); phần đầu chỉ có một dòng '---' ở đầu và một dòng '---' ở cuối");

    public static string DuplicateKey(string key, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Trường '{key}' được viết hai lần (dòng {line}); hãy giữ một");

    /// <summary>A refusal no rule above describes: the position in Vietnamese, the parser's own words kept for whoever helps the editor.</summary>
    public static string FrontMatterUnreadable(int line, string parserDetail) =>
        string.Create(CultureInfo.InvariantCulture, $"Phần đầu không đọc được ở dòng {line}; hãy kiểm tra thụt lề, dấu ':' và dấu nháy (chi tiết kỹ thuật: {parserDetail})");

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

    public static string PlaceNamesNoOffice(string place) =>
        $"Front matter: nơi nộp (facts.place) '{place}' không nêu cơ quan hay bộ phận nào (có thể là một đoạn câu bị cắt); trợ lý sẽ nêu cơ quan thực hiện thay thế, hãy sửa lại nơi công dân nộp hồ sơ";

    public static string FreeFeeNamesAmount(string channel) =>
        $"Front matter: lệ phí của '{channel}' ghi 'Miễn phí' nhưng phần ghi chú lại nêu số tiền; hãy kiểm tra mức nào đúng (facts.fees)";

    // The facts block (facts.fees, facts.times).
    public const string FeeChannelMissing = "Front matter: mỗi mục trong 'facts.fees' cần có 'channel'";

    public static string FeeKind(string channel) =>
        $"Front matter: lệ phí của '{channel}' phải có đúng một trong ba: 'amount', 'free: true' (có thể kèm 'rule' để giữ ghi chú) hoặc 'rule'";

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
    /// <summary>A line <c>System.Text.Json</c> refuses: what is wrong (one of the Json… texts below) and the character it stopped at.</summary>
    public static string NotJson(string problem, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"Dòng này không phải JSON hợp lệ: {problem} (ở ký tự thứ {column})");

    // What is wrong with a JSON line, for NotJson.
    public const string JsonPropertyNameUnquoted = "tên trường phải đặt trong dấu nháy kép, ví dụ \"question\"";

    public const string JsonColonMissing = "thiếu dấu ':' sau tên trường";

    public const string JsonValueInvalid = "giá trị không hợp lệ; chữ phải đặt trong dấu nháy kép, chỉ true, false, null và số được viết không có nháy";

    public const string JsonCommaMissing = "thiếu dấu phẩy giữa hai trường, hoặc thừa ký tự sau một giá trị";

    public const string JsonTrailingComma = "thừa dấu phẩy ngay trước '}' hoặc ']'";

    public const string JsonTextAfterEnd = "thừa ký tự sau dấu '}' đóng dòng";

    public const string JsonNotClosed = "dòng kết thúc khi chưa đóng dấu nháy kép, '}' hoặc ']'";

    public const string JsonBadEscape = "chuỗi có dấu '\\' hoặc ký tự điều khiển không hợp lệ; muốn viết dấu '\\' hãy viết hai lần";

    public const string JsonOther = "hãy kiểm tra dấu nháy kép, dấu phẩy và dấu ngoặc";

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
