using System.Text.RegularExpressions;

namespace KnowledgeBase.Import;

/// <summary>One result document with its catalogue code (KQ.G01.000023) when the portal gave one.</summary>
public sealed record ResultItem(string Text, string? Code);

/// <summary>The procedure's result: items, the optional keyword/description fields, and any text that fit no pattern.</summary>
public sealed record ProcedureResult(IReadOnlyList<ResultItem> Items, string? Keywords, string? Description)
{
    public bool IsEmpty => Items.Count == 0 && Keywords is null && Description is null;
}

/// <summary>
/// Parses "…Mã: KQ.G01.00262Từ khóa…Mô tả…" result cells after removing the portal widget the crawl appended
/// ("Chọn cơ quan thực hiện…Nộp hồ sơ"). Each "Mã:" closes one result item.
/// </summary>
public static partial class ResultParser
{
    public static ProcedureResult Parse(string? value)
    {
        var text = CrawlText.Normalize(CrawlText.StripPortalUi(value));
        string? keywords = null, description = null;
        var fields = TrailingFields().Match(text);
        if (fields.Success)
        {
            keywords = Field(fields.Groups["keywords"].Value);
            description = Field(fields.Groups["description"].Value);
            text = text[..fields.Index];
        }

        var items = new List<ResultItem>();
        var position = 0;
        foreach (Match code in ResultCode().Matches(text))
        {
            // An item whose text the portal left empty ("...") still has its result code.
            var item = text[position..code.Index].Trim();
            items.Add(new ResultItem(CrawlText.IsNoData(item) ? item : item, code.Groups["code"].Value));

            position = code.Index + code.Length;
        }

        var tail = text[position..].Trim();
        if (!CrawlText.IsNoData(tail))
        {
            items.Add(new ResultItem(tail, null));
        }

        return new ProcedureResult(items, keywords, description);
    }

    private static string? Field(string value) => CrawlText.IsNoData(value) ? null : value.Trim();

    // Codes look like KQ.G01.000023, KQ-G12.0001660, 000.00.00.G04-KQ0345 or TP-G12.0001143 and end in a digit;
    // the next item's name is glued right after them.
    [GeneratedRegex(@"\s*Mã:\s*(?<code>[A-Z0-9][A-Za-z0-9._\-]*\d)")]
    private static partial Regex ResultCode();

    [GeneratedRegex(@"Từ khóa(?<keywords>.*?)Mô tả(?<description>.*)$", RegexOptions.Singleline)]
    private static partial Regex TrailingFields();
}
