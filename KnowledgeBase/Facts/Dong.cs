using System.Globalization;

namespace KnowledgeBase.Facts;

/// <summary>Amounts of money written the Vietnamese way: "70.000 đồng", "1.500.000 đồng".</summary>
public static class Dong
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    public static string Format(long amount, string currency = "đồng") =>
        amount.ToString("#,0", Vietnamese) + " " + currency;

    /// <summary>"70,000", "70.000", "70000" → 70000; "2,5" → null (not a whole amount).</summary>
    public static long? Parse(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var plain = digits.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return long.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>A date the way citizens read it: 31/12/2026.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
