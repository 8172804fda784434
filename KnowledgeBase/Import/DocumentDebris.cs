using System.Text.RegularExpressions;
using KnowledgeBase.Text;

namespace KnowledgeBase.Import;

/// <summary>
/// What the crawl left in the documents table that is not a paper a citizen brings: mangled template file names
/// ("Thngts53.doc", "2025.doc", glued to the name as "…BCA);1.MuCT01banhnhkmtheo"), examples listed as papers
/// ("Ví dụ: …"), and the "0 bản chính" of rows that are notes.
/// </summary>
public static partial class DocumentDebris
{
    /// <summary>The paper's name without a template file name the crawl glued to its end.</summary>
    public static string CleanName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var cleaned = GluedFile().Replace(GluedTemplate().Replace(name, ""), "");
        return cleaned.Length == 0 ? name.Trim() : cleaned.TrimEnd(' ', ';');
    }

    public static bool IsExample(string name) =>
        VietnameseText.Fold(name).StartsWith("vi du", StringComparison.Ordinal);

    /// <summary>A quantity of no original and no copy: the row is a note, not a paper.</summary>
    public static bool IsNoteQuantity(string quantity) =>
        NoteQuantity().IsMatch(quantity.Trim());

    /// <summary>
    /// The template file name when a citizen could recognise it (it keeps its diacritics or several words: "Mẫu số
    /// 01.docx"); null for the crawl's stripped names ("Thngts53.doc", "Thngts53 (3).doc", "2025.doc").
    /// </summary>
    public static string? ReadableTemplate(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(template.Trim());
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2);
        return words >= 2 || HasVietnameseLetters(name) ? template.Trim() : null;
    }

    private static bool HasVietnameseLetters(string text) =>
        text.Contains('đ', StringComparison.OrdinalIgnoreCase)
        || text.Normalize(System.Text.NormalizationForm.FormD).Any(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    [GeneratedRegex(@"(?<=[.;)])\s*\d+\.[A-Za-z0-9_]{6,}$")]
    private static partial Regex GluedTemplate();

    // A form's file name glued to the paper's name, with no space before it or after a ";", running to the end:
    // "… Nghị định số 23/2026/NĐ-CPMau04.docx", "… thời điểm chứng chỉ hết hạnmau so 20.doc", "Tờ khai theo Mẫu;Mau 2.2.docx".
    // "theo Mẫu số 03" with its space is the paper's own wording and stays.
    [GeneratedRegex(@"(?:(?<=[\p{L}\d)\]])|;\s*)(?:M[ẫaâ]u|m[ẫaâ]u|Mus?\d|Ph[uụ]\s?l[uụ]c|[Pp]huluc|PL\s?\d|[Vv][aă]n b[aả]n)[^\n]*?\.(?:docx?|pdf|xlsx?|rar|zip)\b.*$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedFile();

    [GeneratedRegex(@"^0 bản chính(?:\s*,\s*0 bản sao)?,?$|^Bản chính: 0 - Bản sao: 0$")]
    private static partial Regex NoteQuantity();
}
