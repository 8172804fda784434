namespace Bot.Llm.Grounding;

/// <summary>What a number in an answer claims: an amount of money, a time limit, a number of copies, a share, or just a number.</summary>
public enum QuantityKind
{
    Bare,
    Money,
    Duration,
    Count,
    Percent,
}

/// <summary>
/// A number with its unit, normalised so that "30.000 đồng", "30000 Đồng" and "30 nghìn" compare equal
/// (Money, "đồng", 30000) and "05 ngày" equals "5 ngày".
/// </summary>
/// <param name="Unit">Canonical unit: "đồng", "workday", "day", "month", "year", "hour", "week", "minute", "bản", "bộ", "tờ", "%" or "" for bare numbers.</param>
/// <param name="Text">The text as written in the answer, for logs.</param>
public readonly record struct Quantity(QuantityKind Kind, string Unit, decimal Value, string Text)
{
    public override string ToString() => Text;
}
