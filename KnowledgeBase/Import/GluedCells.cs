using System.Text.RegularExpressions;
using KnowledgeBase.Facts;

namespace KnowledgeBase.Import;

/// <summary>A channel row whose unitless time ran into its fee ("Trực tuyến1100 VNĐ(…)"): the digits, the currency and the bracketed note.</summary>
internal sealed record GluedCell(int Row, string Digits, string Currency, string Note);

/// <summary>
/// Splits "1100 VNĐ" into the time "1" and the fee "100 VNĐ" when the record itself says where: only one reading is a
/// well-formed amount ("120,000" is 1 and "20,000"), the bracketed note states the fee ("Phí công bố …: 100.000
/// đồng/lần", the crawl having lost the thousands), or another row of the same table has that unitless time
/// ("Trực tuyến1Miễn phí"). Without such evidence nothing is split: 12 + "0" and 1 + "20"
/// are equally readable, and guessing would publish a wrong fee.
/// </summary>
internal static partial class GluedCells
{
    /// <summary>Rewrites the glued rows in place; false when one of them has no evidence (the table stays original text).</summary>
    public static bool Split(List<ChannelRow> rows, IReadOnlyList<GluedCell> glued)
    {
        var times = rows.Where((r, i) => glued.All(g => g.Row != i) && r.Time is { } t && Unitless().IsMatch(t)).Select(r => r.Time!).ToHashSet(StringComparer.Ordinal);
        var split = new Dictionary<int, (string Time, string Fee)>();

        // The amount's own form and the note's amount first: they also tell the table's time for rows whose note names no amount.
        foreach (var cell in glued)
        {
            var readings = Splits(cell.Digits).ToList();
            var byNote = readings.Count == 1 ? readings : readings.Where(s => NoteAmounts(cell.Note).Any(a => a == s.Fee || a == s.Fee * 1000)).ToList();
            if (byNote.Count == 1)
            {
                split[cell.Row] = (byNote[0].Time, byNote[0].FeeText);
                times.Add(byNote[0].Time);
            }
        }

        foreach (var cell in glued.Where(c => !split.ContainsKey(c.Row)))
        {
            var byTime = Splits(cell.Digits).Where(s => times.Contains(s.Time)).ToList();
            if (byTime.Count != 1)
            {
                return false;
            }

            split[cell.Row] = (byTime[0].Time, byTime[0].FeeText);
        }

        foreach (var cell in glued)
        {
            var (time, fee) = split[cell.Row];
            rows[cell.Row] = rows[cell.Row] with { Time = time, Fee = CrawlText.Collapse(fee + " " + cell.Currency + (cell.Note.Length == 0 ? "" : " " + cell.Note)) };
        }

        return true;
    }

    /// <summary>Every reading of the digits as a time then an amount: "1100" → 1 | 100, 11 | 00 is no amount, 110 | 0.</summary>
    private static IEnumerable<(string Time, string FeeText, long Fee)> Splits(string digits)
    {
        for (var i = 1; i < digits.Length; i++)
        {
            var time = digits[..i];
            var fee = digits[i..];
            if (Unitless().IsMatch(time) && Amount().IsMatch(fee) && Dong.Parse(fee) is { } value)
            {
                yield return (time, fee, value);
            }
        }
    }

    private static IEnumerable<long> NoteAmounts(string note) =>
        NoteMoney().Matches(note).Select(m => Dong.Parse(m.Groups["n"].Value) ?? 0).Where(v => v > 0);

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex Unitless();

    // An amount as the crawl writes it: no leading zero, thousands grouped by "," or none ("0" alone is free).
    [GeneratedRegex(@"^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:đồng|Đồng|VNĐ|vnđ|VND|đ|Đ)(?!\p{L})")]
    private static partial Regex NoteMoney();
}
