using System.Text.RegularExpressions;

namespace KnowledgeBase.Import;

/// <summary>One legal document: its number (e.g. 68/2013/TT-BCA) and its title as the portal wrote it.</summary>
public sealed record LegalDocument(string Number, string Title);

/// <summary>The legal-basis table; when <see cref="Parsed"/> is false <see cref="OriginalText"/> must be shown as is.</summary>
public sealed record LegalBasis(bool Parsed, IReadOnlyList<LegalDocument> Documents, string OriginalText)
{
    public bool IsEmpty => Parsed && Documents.Count == 0;
}

/// <summary>
/// Parses "Tên văn bản pháp lýMã văn bản" tables: title+number pairs joined without separators, e.g.
/// "Luật Căn cước26/2023/QH15Nghị định …70/2024/NĐ-CP". A number ends a pair when it is glued to the text before
/// it and followed by the end or by the next title (a capitalised word). Numbers inside a title are followed by a
/// space or a lowercase word and stay part of the title.
/// </summary>
public static partial class LegalBasisParser
{
    public const string Header = "Tên văn bản pháp lýMã văn bản";

    public static LegalBasis Parse(string? value)
    {
        var text = CrawlText.Collapse(CrawlText.Normalize(value));
        if (CrawlText.IsNoData(text))
        {
            return new LegalBasis(true, [], "");
        }

        if (!text.StartsWith(Header, StringComparison.Ordinal))
        {
            return new LegalBasis(false, [], text);
        }

        text = text[Header.Length..].Trim();
        if (CrawlText.IsNoData(text))
        {
            return new LegalBasis(true, [], "");
        }

        var documents = new List<LegalDocument>();
        var position = 0;
        foreach (Match match in PairEnd().Matches(text))
        {
            // Inside a title a number has a space before it and a space or lowercase word after it.
            var end = match.Index + match.Length;
            var gluedAfter = end == text.Length || (char.IsUpper(text[end]) && end + 1 < text.Length && char.IsLower(text[end + 1]));
            if (match.Index <= position || (char.IsWhiteSpace(text[match.Index - 1]) && !gluedAfter))
            {
                continue;
            }

            var title = text[position..match.Index];
            var prefix = match.Groups["prefix"].Value;
            var run = match.Groups["run"].Value;
            var rest = match.Groups["rest"].Value;
            var number = run + rest;
            // The title may end in digits glued to the number ("Luật 51/2019/QH14" + "51/2019/QH14"): split the digit
            // run where the title itself names the same number; a long run with no such evidence is not guessed.
            var split = prefix.Length > 0 || NamesNumber(title, number) ? 0 : Enumerable.Range(1, run.Length - 1)
                .FirstOrDefault(k => NamesNumber(title + run[..k], run[k..] + rest));
            if (split > 0)
            {
                title += run[..split];
                number = run[split..] + rest;
            }
            else if (prefix.Length == 0 && run.Length > 4)
            {
                return new LegalBasis(false, [], text);
            }

            title = CrawlText.Collapse(title).Trim(' ', '-', ':', ';', ',');
            if (title.Length == 0)
            {
                return new LegalBasis(false, [], text);
            }

            documents.Add(new LegalDocument(prefix + number, title));
            position = match.Index + match.Length;
        }

        return position == text.Length && documents.Count > 0
            ? new LegalBasis(true, documents, text)
            : new LegalBasis(false, [], text);
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="number"/> as a whole number, not inside a longer one.</summary>
    private static bool NamesNumber(string text, string number)
    {
        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsAsciiDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // A number cell may carry its own words ("Nghị định số 117/2025/NĐ-CP", "số 59/2025/TT-NHNN"). Its code part
    // never takes a capital that starts a word ("TT-BCAThông"); "QĐ-TTg" keeps its "g" and "NĐ-CP" its "P" before a lowercase title. The next title starts with a
    // capitalised word, an all-caps word, a quote or bracket, or (rarely) a lowercase word.
    [GeneratedRegex(@"(?<prefix>(?:(?:Luật|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết|Pháp lệnh|Lệnh|NĐ|TT|QĐ|NQ)\s+)?(?:số\s+)?)(?<run>\d+)(?<rest>/\d{4}(?:/(?:TTg|CP|\p{Lu}(?!\p{Ll})|[\d\-])+)?|/(?:TTg|CP|\p{Lu}(?!\p{Ll})|[\d\-])+)(?=$|\p{Lu}\p{Ll}|\p{Lu}{2,}\s|[""“(]|(?<!TT)\p{Ll})")]
    private static partial Regex PairEnd();
}
