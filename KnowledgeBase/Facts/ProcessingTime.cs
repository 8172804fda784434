using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>Processing times as a citizen reads them: "7 ngày làm việc", "không quá 5 ngày", never a bare number.</summary>
public static partial class ProcessingTime
{
    /// <summary>
    /// The time a channel's cell states, in plain words; null when there is none or the crawl lost its unit ("1"):
    /// a number without a unit is not a time, and guessing "days" would be inventing it.
    /// </summary>
    public static string? Read(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell) || !cell.Any(char.IsLetter))
        {
            return null;
        }

        var folded = VietnameseText.Fold(cell);
        if (folded.StartsWith("khong co", StringComparison.Ordinal) || folded.StartsWith("khong phai", StringComparison.Ordinal) || folded is "khong" or "khong quy dinh")
        {
            return null;
        }

        var text = LeadingZeros().Replace(cell.Trim().TrimEnd('.'), "$1");
        return char.ToLowerInvariant(text[0]) + text[1..].Replace("Ngày", "ngày", StringComparison.Ordinal)
            .Replace("Giờ", "giờ", StringComparison.Ordinal).Replace("Tháng", "tháng", StringComparison.Ordinal)
            .Replace("Năm", "năm", StringComparison.Ordinal).Replace("Tuần", "tuần", StringComparison.Ordinal)
            .Replace("Phút", "phút", StringComparison.Ordinal).Replace("Làm việc", "làm việc", StringComparison.Ordinal);
    }

    /// <summary>A channel's time as a number and a unit ("7 Ngày làm việc" → 7, "ngày làm việc"); null when the cell states none.</summary>
    public static TimeFact? Parse(string? cell, string channel)
    {
        var text = Read(cell);
        if (text is null || NumberAndUnit().Match(text) is not { Success: true } match
            || !decimal.TryParse(match.Groups["n"].Value.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var qualifier = match.Groups["q"].Value.Trim();
        return new TimeFact(channel, value, match.Groups["unit"].Value.Trim()) { Qualifier = qualifier.Length == 0 ? null : qualifier };
    }

    /// <summary>
    /// The bare number every channel of <paramref name="procedure"/> states as its time when the crawl lost the unit
    /// ("1" for a marriage): quoted as the record has it, never read as days. Null when a channel states a unit or
    /// the channels disagree.
    /// </summary>
    public static string? Unitless(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var cells = procedure.Channels
            .Select(c => c.Time?.Trim())
            .OfType<string>()
            .Where(t => t.Length > 0)
            .Select(t => LeadingZeros().Replace(t, "$1"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return cells is [var cell] && cell.Length <= 3 && cell.All(char.IsDigit) && cell != "0" ? cell : null;
    }

    [GeneratedRegex(@"^(?<q>(?:không quá|tối đa|trong vòng|trong)\s+)?(?<n>\d+(?:[.,]\d+)?)\s+(?<unit>ngày làm việc|ngày|giờ làm việc|giờ|tháng|năm|tuần|phút)$")]
    private static partial Regex NumberAndUnit();

    // "05 ngày" → "5 ngày"; "0,5" stays.
    [GeneratedRegex(@"(?<!\d)0+(\d)(?![.,]\d)")]
    private static partial Regex LeadingZeros();
}
