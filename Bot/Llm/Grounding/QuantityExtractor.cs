using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Llm.Grounding;

/// <summary>Finds the numbers in Vietnamese text and normalises them with their units (see <see cref="Quantity"/>).</summary>
public static partial class QuantityExtractor
{
    public static List<Quantity> Extract(string text)
    {
        var result = new List<Quantity>();
        foreach (Match match in QuantityPattern().Matches(text))
        {
            if (!TryParseNumber(match.Groups["num"].Value, out var value))
            {
                continue;
            }

            var unitGroup = match.Groups["unit"];
            var (kind, unit, multiplier) = unitGroup.Success ? Classify(unitGroup.Value) : (QuantityKind.Bare, "", 1m);
            result.Add(new Quantity(kind, unit, value * multiplier, match.Value.Trim()));
        }

        return result;
    }

    /// <summary>
    /// Vietnamese writes 30.000 for thirty thousand and 1,5 for one and a half, while catalogue data and models
    /// also write 30,000 or 30000: a separator followed by exactly three digits groups thousands, otherwise it is a decimal point.
    /// </summary>
    internal static bool TryParseNumber(string raw, out decimal value)
    {
        var groups = ThousandsGrouped().Match(raw);
        string normalized;
        if (groups.Success)
        {
            normalized = groups.Groups["int"].Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (groups.Groups["frac"].Success)
            {
                normalized += "." + groups.Groups["frac"].Value;
            }
        }
        else
        {
            normalized = raw.Replace(',', '.');
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static (QuantityKind Kind, string Unit, decimal Multiplier) Classify(string rawUnit)
    {
        var unit = WhitespaceRuns().Replace(rawUnit.ToLowerInvariant(), " ");
        return unit switch
        {
            "ngày làm việc" => (QuantityKind.Duration, "workday", 1m),
            "ngày" => (QuantityKind.Duration, "day", 1m),
            "tháng" => (QuantityKind.Duration, "month", 1m),
            "năm" => (QuantityKind.Duration, "year", 1m),
            "giờ" or "tiếng" => (QuantityKind.Duration, "hour", 1m),
            "tuần" => (QuantityKind.Duration, "week", 1m),
            "phút" => (QuantityKind.Duration, "minute", 1m),
            "bản" or "bộ" or "tờ" => (QuantityKind.Count, unit, 1m),
            "%" or "phần trăm" => (QuantityKind.Percent, "%", 1m),
            "usd" => (QuantityKind.Money, "usd", 1m),
            _ when unit.StartsWith("nghìn", StringComparison.Ordinal) || unit.StartsWith("ngàn", StringComparison.Ordinal) || unit == "k"
                => (QuantityKind.Money, "đồng", 1_000m),
            _ when unit.StartsWith("triệu", StringComparison.Ordinal) => (QuantityKind.Money, "đồng", 1_000_000m),
            _ when unit.StartsWith("tỷ", StringComparison.Ordinal) || unit.StartsWith("tỉ", StringComparison.Ordinal)
                => (QuantityKind.Money, "đồng", 1_000_000_000m),
            _ => (QuantityKind.Money, "đồng", 1m), // đồng, đ, vnđ, vnd, Việt Nam Đồng
        };
    }

    // Longest units first so "ngày làm việc" wins over "ngày" and "nghìn đồng" over "nghìn";
    // the unit must end a word so "5 đến 7" is not read as "5 đ".
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,])(?<num>\d{1,3}(?:[.,]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])(?:\s*(?<unit>ngày\s+làm\s+việc|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+(?:đồng|đ|vnđ|vnd))?|việt\s+nam\s+đồng|đồng\s+việt\s+nam|đồng|vnđ|vnd|đ|k|usd|ngày|tháng|năm|giờ|tiếng|tuần|phút|bản|bộ|tờ|phần\s+trăm|%)(?![\p{L}\p{M}\p{N}]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"^(?<int>\d{1,3}(?:[.,]\d{3})+)(?:,(?<frac>\d+))?$")]
    private static partial Regex ThousandsGrouped();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRuns();
}
