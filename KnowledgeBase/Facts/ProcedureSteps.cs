using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>A procedure's steps as a few plain lines: "Bước 1: …" items, else the first items, each cut to its first sentence.</summary>
public static partial class ProcedureSteps
{
    public const int MaxSteps = 4;
    private const int MaxStepLength = 90;
    private const int MinStepWords = 5;

    public static IReadOnlyList<string> Of(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var section = procedure.GetSection(SectionKind.Steps);
        if (section is null)
        {
            return [];
        }

        // Steps come as list items or as "Bước 1: …" paragraphs: every line of the section counts.
        var lines = SectionLines.Of(section);
        var numbered = lines.Where(i => StepLabel().IsMatch(i)).ToList();
        var items = numbered.Count >= 2 ? numbered : lines.Where(l => !VietnameseText.Fold(l).StartsWith("truong hop", StringComparison.Ordinal)).ToList();
        return items
            .Select(i => StepLabel().Replace(i, "").Trim().TrimStart('-', '+', '*', ' '))
            .Where(i => i.Length >= 8 && !VietnameseText.Fold(i).StartsWith("luu y", StringComparison.Ordinal) && !SubClause().IsMatch(i)
                // "Lập hồ sơ theo quy định tại mục": the crawl cut the step where its reference began; it tells nothing.
                && !CutShort().IsMatch(VietnameseText.Fold(i.TrimEnd('.', ':', ';', ' '))))
            .Select(FirstSentence)
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinStepWords)
            // Cases that open alike ("Sau khi tiếp nhận hồ sơ …, Cơ quan đăng ký kinh doanh cấp tỉnh trao…" for an
            // address change and for a business-line change) read as one step once cut: shown once.
            .Distinct(StringComparer.Ordinal)
            .Take(MaxSteps)
            .ToArray();
    }

    private static string FirstSentence(string text)
    {
        var end = SentenceEnd().Match(text);
        var sentence = end.Success && end.Index >= 20 ? text[..end.Index] : text;
        return TextClip.Clip(TextClip.Tidy(sentence.Trim().TrimEnd('.', ';', ':')), MaxStepLength);
    }

    [GeneratedRegex(@"^\s*Bước\s*\d+\s*[:.]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex StepLabel();

    [GeneratedRegex(@"\s(?:tai muc|tai|theo|cua|va|hoac|muc|tai khoan|tai dieu|quy dinh tai)$", RegexOptions.CultureInvariant)]
    private static partial Regex CutShort();

    [GeneratedRegex(@"^\((?:[ivx]+|\d{1,2}|[a-zđ])\)")]
    private static partial Regex SubClause();

    [GeneratedRegex(@"[.;](?=\s)|:\s+[-+]")]
    private static partial Regex SentenceEnd();
}
