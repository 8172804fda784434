using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Import;

/// <summary>
/// The channels table after parsing. <see cref="Parsed"/> is false when the flattened cells could not be
/// separated with confidence; then <see cref="Rows"/> is empty and <see cref="OriginalText"/> must be shown as is.
/// </summary>
public sealed record ChannelTable(bool Parsed, IReadOnlyList<ChannelRow> Rows, string OriginalText)
{
    public bool IsEmpty => Parsed && Rows.Count == 0;
}

/// <summary>One row: channel, time and fee as the portal wrote them (null when it had no data), and the free description.</summary>
public sealed partial record ChannelRow(string Channel, string? Time, string? Fee, string? Description)
{
    /// <summary>
    /// Parts of the description that talk about fees ("- Lệ phí : 20.000 Đồng (…)"). The portal sometimes leaves the
    /// fee cell empty or "Miễn phí" and states the fee only there, so the fee section must show them too.
    /// </summary>
    public IReadOnlyList<string> FeeMentions =>
        Description is null
            ? []
            : DescriptionParts().Split(Description)
                .Select(p => MarkdownText.StripBullet(p.Trim()))
                .Where(p => p.Length > 0 && FeeWord().IsMatch(p))
                .ToArray();

    public ProcedureChannel ToChannel() => new()
    {
        Channel = Channel,
        Time = Time,
        Fee = Fee,
        Note = Description,
    };

    [GeneratedRegex(@"(?<=[.;])\s+|\s+(?=[-+]\s)")]
    private static partial Regex DescriptionParts();

    // A fee word, or an amount of money: "Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang; từ trang thứ 3 trở lên thu
    // 1.000 đồng/trang" names the fee without saying "phí".
    [GeneratedRegex(@"(?<!\p{L})(?:phí|lệ phí)(?!\p{L})|\d\s*(?:đồng|Đồng|VNĐ|USD)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex FeeWord();
}

/// <summary>
/// Parses "Hình thức nộpThời gianPhí, lệ phíMô tả" tables whose cells the crawl joined without separators:
/// each row is a channel name, a time ("7 Ngày làm việc", "01 Ngày", "5"), a fee ("Miễn phí", "Lệ phí…",
/// "30,000 Việt Nam Đồng") optionally followed by a bracketed note, then a free description.
/// </summary>
public static partial class ChannelTableParser
{
    public const string Header = "Hình thức nộpThời gianPhí, lệ phíMô tả";

    public static ChannelTable Parse(string? value)
    {
        var text = CrawlText.Normalize(value);
        if (text.StartsWith(Header, StringComparison.Ordinal))
        {
            text = text[Header.Length..].Trim();
        }
        else if (!CrawlText.IsNoData(text))
        {
            return Unparsed(text);
        }

        if (CrawlText.IsNoData(text))
        {
            return new ChannelTable(true, [], "");
        }

        var starts = RowStart().Matches(text);
        if (starts.Count == 0 || starts[0].Index != 0)
        {
            return Unparsed(text);
        }

        var rows = new List<ChannelRow>(starts.Count);
        var glued = new List<GluedCell>();
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var time = start.Groups["time"].Value.Trim();
            var fee = start.Groups["fee"].Value.Trim();
            var cell = fee;

            // "Trực tuyến1100 VNĐ": the time lost its unit, so its digits run into the fee's; split below, from evidence.
            var gluedMoney = UnitlessNumber().IsMatch(time) && char.IsAsciiDigit(fee[0]) ? GluedMoney().Match(time + fee) : null;

            var rest = text[(start.Index + start.Length)..end].Trim();
            if (rest.StartsWith('('))
            {
                // The portal sometimes drops the note's last bracket ("VNĐ(đồng (Miễn phí kể từ … TT-BTC)30 ngày …"):
                // when only that one stays open, the note ends where its inner bracket closes.
                var close = ClosingBracket(rest, lostLast: !LeadingListLabel().IsMatch(rest));
                if (close < 0)
                {
                    // "(i) Trường hợp…" that never closes is the description's first list label, not a fee note.
                    // An unclosed bracket at the very end is a truncated empty note; anywhere else the note's end is unknown.
                    if (rest == "(")
                    {
                        rest = "";
                    }
                    else if (!LeadingListLabel().IsMatch(rest))
                    {
                        return Unparsed(text);
                    }
                }
                else
                {
                    var note = rest[..(close + 1)];
                    if (note != "()")
                    {
                        fee = fee + " " + note;
                    }

                    rest = rest[(close + 1)..].Trim();
                }
            }

            if (gluedMoney is { Success: true })
            {
                glued.Add(new GluedCell(rows.Count, gluedMoney.Groups["digits"].Value, gluedMoney.Groups["cur"].Value, fee[cell.Length..].Trim()));
            }
            else if (gluedMoney is not null)
            {
                return Unparsed(text);
            }

            rows.Add(new ChannelRow(
                start.Groups["channel"].Value,
                CrawlText.IsNoData(time) ? null : time,
                CrawlText.IsNoData(fee) ? null : CrawlText.Collapse(fee),
                CrawlText.IsNoData(rest) ? null : MarkdownText.StripBullet(CrawlText.Collapse(rest))));
        }

        return glued.Count == 0 || GluedCells.Split(rows, glued) ? new ChannelTable(true, rows, text) : Unparsed(text);
    }

    private static ChannelTable Unparsed(string text) => new(false, [], text);

    /// <summary>
    /// Index of the ')' closing the '(' at 0, or -1. List labels such as "a)" or "(a)" inside the note
    /// do not close it: fee notes often enumerate cases that way. With <paramref name="lostLast"/>, a '(' at 0 that never
    /// closes while everything opened inside it does ends where the first bracket inside it closes: the note lost its own
    /// last bracket. Otherwise its end is unknown.
    /// </summary>
    private static int ClosingBracket(string text, bool lostLast)
    {
        var depth = 0;
        var innerClose = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')' when IsListLabel(text, i):
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    if (depth == 1 && innerClose < 0)
                    {
                        innerClose = i;
                    }

                    break;
            }
        }

        return lostLast && depth == 1 ? innerClose : -1;
    }

    // Letters that label list items ("a)" to "h)", "đ)"): "thú y)" ends a word, not a label.
    private static bool IsListLabel(string text, int close) =>
        close >= 1 && (text[close - 1] is >= 'a' and <= 'h' or 'đ' || char.IsAsciiDigit(text[close - 1]))
        && (close == 1 || text[close - 2] is ' ' or '\n' or '(' or '.' or ';' or ':');

    [GeneratedRegex(@"(?<channel>Trực tiếp|Trực tuyến|Dịch vụ bưu chính)\s*(?<time>\d+(?:[.,]\d+)?(?: ?(?:Ngày làm việc|Ngày|Giờ|Tháng|Năm|Phút|Tuần))?|Không phải trả kết quả cho người nộp thuế|Không có thông tin|Không quy định|Không)\s*(?<fee>Miễn phí|Không có thông tin|\d[\d.,]*\s?(?:Việt Nam Đồng|VNĐ|USD|Đồng))")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"^\((?:[ivx]+|\d{1,2}|[a-zđ])\)\s")]
    private static partial Regex LeadingListLabel();

    [GeneratedRegex(@"^\d+(?:[.,]\d+)?$")]
    private static partial Regex UnitlessNumber();

    // A unitless time and the fee's amount run together: "1100 VNĐ", "120,000 VNĐ".
    [GeneratedRegex(@"^(?<digits>\d[\d.,]*)\s?(?<cur>Việt Nam Đồng|VNĐ|USD|Đồng)$")]
    private static partial Regex GluedMoney();
}
