using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Import;

/// <summary>Text clean-up shared by the crawl parsers: spacing, the portal's "no data" marker and leaked portal UI.</summary>
public static partial class CrawlText
{
    public const string NoData = "Không có thông tin";

    /// <summary>The sentence written in a section the portal had no data for.</summary>
    public const string NoDataSentence = "Không có thông tin.";

    /// <summary>True for empty values and the portal's "Không có thông tin" marker.</summary>
    public static bool IsNoData(string? value)
    {
        var trimmed = Collapse(value).TrimEnd('.');
        return trimmed.Length == 0 || trimmed.Equals(NoData, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>NFC, CRLF to LF, tabs and no-break spaces as spaces, trailing spaces removed per line.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = HorizontalSpace().Replace(text, " ");
        return string.Join('\n', text.Split('\n').Select(l => l.Trim())).Trim();
    }

    /// <summary>All whitespace runs collapsed to one space: for one-line values such as front matter.</summary>
    public static string Collapse(string? value) =>
        string.IsNullOrEmpty(value) ? "" : AnySpace().Replace(value.Normalize(NormalizationForm.FormC), " ").Trim();

    /// <summary>
    /// Removes the portal's "choose agency / submit" widget that the crawl glued after the result table
    /// (and, for a few records, after the conditions), plus the widget's empty keyword/description fields.
    /// </summary>
    public static string StripPortalUi(string? value)
    {
        var text = value ?? "";
        var widget = PortalWidget().Match(text);
        if (widget.Success)
        {
            text = text[..widget.Index];
        }

        return EmptyResultFields().Replace(text, "");
    }

    [GeneratedRegex(@"Chọn cơ quan thực hiện\s*Tỉnh/\s*Thành phố.*$", RegexOptions.Singleline)]
    private static partial Regex PortalWidget();

    [GeneratedRegex(@"Từ khóa\s*Không có thông tin\s*Mô tả\s*Không có thông tin\s*$")]
    private static partial Regex EmptyResultFields();

    [GeneratedRegex(@"[\t\u00A0\u2007\u202F\u200B ]+")]
    private static partial Regex HorizontalSpace();

    [GeneratedRegex(@"\s+")]
    private static partial Regex AnySpace();
}
