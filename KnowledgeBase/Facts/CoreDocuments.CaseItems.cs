using System.Text.RegularExpressions;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// List items that are a case with its paper ("1.4. Lao động nam … khi vợ sinh con hồ sơ là bản sao giấy khai sinh …",
/// "Trường hợp điều trị nội trú: Bản sao Giấy ra viện …"), and which of them the citizen describes.
/// </summary>
public sealed partial record CoreDocuments
{
    /// <summary>
    /// A list item that is a case with its paper rather than a paper ("1.4. Lao động nam đề nghị … khi vợ sinh con hồ sơ
    /// là bản sao giấy khai sinh …", "NLĐ nhận nuôi con nuôi …, hồ sơ đề nghị hưởng chế độ thai sản gồm: Bản sao …"):
    /// the case's title and the paper's name; null for an ordinary paper.
    /// </summary>
    private static (string Title, string Paper, bool Labelled)? CaseItem(string item)
    {
        var text = SubClause().Replace(NumberedTitle().Replace(item.Split(" — ", 2)[0].Trim(), ""), "");
        string title, rest;
        var listed = true;
        var labelled = false;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (CaseStart().IsMatch(VietnameseText.Fold(text)) && colon > 0)
        {
            // "Trường hợp điều trị nội trú: 1.1.1. Bản sao Giấy ra viện …"
            (title, rest, labelled) = (text[..colon], text[(colon + 1)..], true);
        }
        else if (CaseItemMarker().Match(text) is { Success: true } marker)
        {
            (title, rest) = (text[..marker.Index], text[(marker.Index + marker.Length)..]);
            listed = marker.Value.Contains("sau", StringComparison.Ordinal) || rest.Contains("một trong các giấy tờ sau", StringComparison.Ordinal);
            var titleColon = title.IndexOf(':', StringComparison.Ordinal);
            title = titleColon > 0 ? title[..titleColon] : title;
        }
        else
        {
            return null;
        }

        // "… là một trong các giấy tờ sau: a1) Giấy ra viện a2) Tóm tắt hồ sơ bệnh án …": the first of them stands
        // for the case; the others are on the source page.
        rest = SubClause().Replace(NumberedTitle().Replace(listed ? FirstOption().Replace(rest.Trim(), "") : rest.Trim(), ""), "").Trim();
        if (NextOption().Match(rest) is { Success: true, Index: > 0 } next)
        {
            rest = rest[..next.Index];
        }

        title = title.Trim().TrimEnd(',', ':', ';');
        // "Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, …" is a note on which papers count, not a case.
        if (title.EndsWith(" là", StringComparison.Ordinal) || title.Length < MinCaseTitle || rest.Length < 4 || Paper(char.ToUpperInvariant(rest[0]) + rest[1..], quantities: false) is not { } paper)
        {
            return null;
        }

        return (char.ToUpperInvariant(title[0]) + title[1..], paper, labelled);
    }

    [GeneratedRegex(@"^.*?(?:^|\s)(?:a1?|1\.1\.1\.?)\)?\s+(?=\p{Lu})")]
    private static partial Regex FirstOption();

    [GeneratedRegex(@"\s(?:[a-zđ]\d?\)|\d{1,2}(?:\.\d{1,2}){1,2}\.?)\s")]
    private static partial Regex NextOption();

    // Words a case's title needs to be one ("Lao động nam … khi vợ sinh con"), not a paper's qualifier.
    private const int MinCaseTitle = 15;

    // Words of papers in general, which "cần giấy tờ gì" says of any case ("giấy chứng sinh", "bản sao").
    private static readonly HashSet<string> PaperWords = new(["giay", "to", "ho", "so", "ban", "sao", "chinh"], StringComparer.Ordinal);

    // Words of a case item's title the citizen must say for it to be theirs ("vợ", "sinh" of "… khi vợ sinh con").
    private const int MinDescribingWords = 2;

    /// <summary>The case item whose title the citizen's words describe best (two of its words beyond the name's); -1 when none.</summary>
    private static int DescribedItemOf(Procedure procedure, List<(string Title, string Paper, bool Labelled)> items, string? situation)
    {
        if (string.IsNullOrWhiteSpace(situation))
        {
            return -1;
        }

        var said = new TokenizedText(situation).Folded.ToHashSet(StringComparer.Ordinal);
        var named = new TokenizedText(procedure.Name).Folded.ToHashSet(StringComparer.Ordinal);
        var scores = items.Select(i => new TokenizedText(i.Title).Folded.Distinct(StringComparer.Ordinal)
            .Count(w => w.Length > 1 && said.Contains(w) && !named.Contains(w) && !AskingWords.Folded.Contains(w) && !MatchLexicon.LinkWords.Contains(w) && !PaperWords.Contains(w))).ToList();
        var best = scores.Count == 0 ? 0 : scores.Max();
        return best >= MinDescribingWords ? scores.IndexOf(best) : -1;
    }

    [GeneratedRegex(@"(?:,\s*|\s+)(?:thì\s+)?(?:hồ sơ(?:\s+\p{L}+){0,8}?\s+(?:là|gồm)|bao gồm các giấy tờ sau(?: đây)?|là một trong các giấy tờ sau(?: đây)?|là(?=\s+bản (?:sao|chính)))\s*:?\s*")]
    private static partial Regex CaseItemMarker();
}
