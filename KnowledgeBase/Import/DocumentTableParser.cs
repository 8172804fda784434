using System.Text.RegularExpressions;

namespace KnowledgeBase.Import;

/// <summary>One required document: its name, the template file the portal attaches (if any) and the quantity.</summary>
public sealed record DocumentRow(string Name, string? Template, string Quantity);

/// <summary>A group of documents for one case; the first group usually has no title.</summary>
public sealed record DocumentGroup(string? Title, IReadOnlyList<DocumentRow> Rows);

/// <summary>The documents table; when <see cref="Parsed"/> is false <see cref="OriginalText"/> must be shown as is.</summary>
public sealed record DocumentTable(bool Parsed, IReadOnlyList<DocumentGroup> Groups, string OriginalText)
{
    public bool IsEmpty => Parsed && Groups.Count == 0;
}

/// <summary>
/// Parses "--Tên giấy tờMẫu đơn, tờ khaiSố lượng" tables whose cells were joined without separators. Rows end
/// with a quantity ("1 bản chính", "0 bản chính,1 bản sao", "Bản chính: 1 - Bản sao: 0"); a template file name
/// (….docx, .pdf…) may sit between the name and the quantity. Text between a group's last quantity and the next
/// header is the next group's title ("Trường hợp …").
/// </summary>
public static partial class DocumentTableParser
{
    public const string Header = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

    public static DocumentTable Parse(string? value)
    {
        var text = CrawlText.Normalize(value);
        if (CrawlText.IsNoData(text.Trim('-', ' ', '\n')))
        {
            return new DocumentTable(true, [], "");
        }

        var parts = text.Split(Header);
        if (parts.Length < 2)
        {
            return Unparsed(text);
        }

        var original = text.Replace(Header, "\n", StringComparison.Ordinal).Trim('-', ' ', '\n');
        var groups = new List<DocumentGroup>();
        var title = CleanTitle(parts[0]);
        for (var p = 1; p < parts.Length; p++)
        {
            var body = parts[p];
            var quantities = Quantity().Matches(body);
            var rows = new List<DocumentRow>(quantities.Count);
            var position = 0;
            foreach (Match quantity in quantities)
            {
                if (InsideName(body, quantity))
                {
                    continue;
                }

                // "…Nghị định 1161 bản chính", "… - Mẫu 021 bản chính": the name's last digits and the quantity's are
                // glued. A quantity of three digits is not one; its last digit is the count, the rest ends the name.
                var glued = quantity.Groups["count"].Success && quantity.Groups["count"].Length > 2 ? quantity.Groups["count"].Length - 1 : 0;
                var row = SplitTemplate(body[position..(quantity.Index + glued)]);
                if (row is null)
                {
                    return Unparsed(original);
                }

                rows.Add(new DocumentRow(row.Value.Name, row.Value.Template, NormalizeQuantity(quantity.Value[glued..])));
                position = quantity.Index + quantity.Length;
            }

            var tail = CleanTitle(body[position..]);
            if (rows.Count == 0 && tail is not null)
            {
                return Unparsed(original);
            }

            if (rows.Count > 0)
            {
                groups.Add(new DocumentGroup(title, rows));
            }

            if (p == parts.Length - 1 && tail is not null)
            {
                // Text after the last quantity with no table following it: its role is unknown.
                return Unparsed(original);
            }

            title = tail;
        }

        return new DocumentTable(true, groups, original);
    }

    private static DocumentTable Unparsed(string text) => new(false, [], text);

    /// <summary>
    /// Quantities written inside a document's name ("(01 bản chính)", "01 bản chính văn bản đề nghị…",
    /// "…: 01 bản chụp" right before the real quantity) do not end a row: the table's quantity cell is glued
    /// to the name before it and to the next row after it.
    /// </summary>
    private static bool InsideName(string body, Match quantity)
    {
        var end = quantity.Index + quantity.Length;
        var before = quantity.Index > 0 ? body[quantity.Index - 1] : '\0';
        if (before == '(' || (end < body.Length && body[end] == ')'))
        {
            return true;
        }

        if (end + 1 < body.Length && body[end] == ' ' && char.IsLetter(body[end + 1]))
        {
            return true;
        }

        return char.IsWhiteSpace(before) && Quantity().Match(body, end) is { Success: true } next && next.Index == end;
    }

    private static (string Name, string? Template)? SplitTemplate(string cell)
    {
        var text = CrawlText.Collapse(cell);
        var extension = TemplateExtension().Match(text);
        if (!extension.Success)
        {
            var plain = MarkdownText.StripBullet(text);
            return plain.Length == 0 ? null : (plain, null);
        }

        // The template name starts after the last boundary the crawl left: ";" ")" "]" a glued "." or a lower→upper joint.
        var start = -1;
        for (var i = extension.Index - 1; i > 0; i--)
        {
            var c = text[i - 1];
            if (c is ';' or ')' or ']' ||
                (c == '.' && text[i] != ' ') ||
                (char.IsLower(c) && char.IsUpper(text[i])))
            {
                start = i;
                break;
            }
        }

        if (start < 0 || extension.Index - start < 2)
        {
            // No visible joint: keep the cell whole rather than guess where the name ends.
            var whole = MarkdownText.StripBullet(text);
            return whole.Length == 0 ? null : (whole, null);
        }

        var name = MarkdownText.StripBullet(text[..start]);
        var template = text[start..].Trim();
        return name.Length == 0 ? (template, null) : (name, template);
    }

    private static string NormalizeQuantity(string quantity) =>
        CrawlText.Collapse(QuantitySeparator().Replace(quantity, "$1 "));

    private static string? CleanTitle(string text)
    {
        var trimmed = CrawlText.Collapse(text).Trim('-', ' ');
        return trimmed.Length == 0 ? null : trimmed;
    }

    [GeneratedRegex(@"(?<count>\d+) bản (?:chính|sao|chụp)(?:\s*[,;]\s*\d+ bản (?:chính|sao|chụp))*|Bản chính: ?\d+ ?- ?Bản sao: ?\d+")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\.(?:docx?|pdf|xlsx?|rar|zip|odt|ods|rtf|jpe?g|png)$", RegexOptions.IgnoreCase)]
    private static partial Regex TemplateExtension();

    [GeneratedRegex(@"([,;])\s*")]
    private static partial Regex QuantitySeparator();
}
