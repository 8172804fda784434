using System.Text.RegularExpressions;
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

    // "05 ngày" → "5 ngày"; "0,5" stays.
    [GeneratedRegex(@"(?<!\d)0+(\d)(?![.,]\d)")]
    private static partial Regex LeadingZeros();
}
