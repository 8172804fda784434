using KnowledgeBase.Procedures;

namespace KnowledgeBase.Facts;

/// <summary>What a channel's fee means for a citizen on a given day.</summary>
public enum FeeKind
{
    /// <summary>The catalogue says nothing usable.</summary>
    Unknown,

    /// <summary>"Miễn phí" with nothing in the note that names an amount or a rule.</summary>
    Free,

    /// <summary>An amount that applies on that day.</summary>
    Amount,

    /// <summary>The catalogue names who sets the fee (the provincial council, a circular) but no amount.</summary>
    RuleOnly,

    /// <summary>The only amounts the catalogue gives applied until a day that has passed ("áp dụng đến hết ngày 31/12/2023").</summary>
    Expired,
}

/// <summary>
/// A channel's fee on one day: the amount that applies (a dated reduction when one is in force), the usual amount it
/// replaces and until when, the unit ("/thẻ"), or the rule the catalogue names instead of an amount.
/// </summary>
public sealed record FeeToday(FeeKind Kind)
{
    public static readonly FeeToday Unknown = new(FeeKind.Unknown);
    public static readonly FeeToday Free = new(FeeKind.Free);

    public long Amount { get; init; }

    public string Currency { get; init; } = "đồng";

    /// <summary>"thẻ căn cước", "hồ sơ", "lần": what one amount pays for, as the note writes it after "/".</summary>
    public string? Unit { get; init; }

    /// <summary>The last day a reduced amount applies (for <see cref="FeeKind.Expired"/>, the day it stopped); null when the amount is the usual one.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The usual amount a reduction replaces, when the catalogue gives it.</summary>
    public long? Usual { get; init; }

    /// <summary>The rule's words, for <see cref="FeeKind.RuleOnly"/>.</summary>
    public string? Rule { get; init; }

    /// <summary>The note also names amounts for other cases than the main one.</summary>
    public bool OtherCases { get; init; }

    /// <summary>Which charge the amount is, when the catalogue names one ("Phí công bố nội dung đăng ký doanh nghiệp").</summary>
    public string? Label { get; init; }

    /// <summary>The case the amount applies to, when the catalogue names one ("Đăng ký tạm trú theo danh sách").</summary>
    public string? Case { get; init; }

    /// <summary>For <see cref="FeeKind.Expired"/>: the other cases' amounts of the same period ("trường hợp cấp lại do bị mất": 320.000).</summary>
    public IReadOnlyList<FeeRule> ExpiredCases { get; init; } = [];

    /// <summary>Field by field (a rule without its final full stop), <see cref="ExpiredCases"/> by what is shown of them (not their channel): channels with the same fee are merged into one line.</summary>
    public bool Equals(FeeToday? other) =>
        other is not null && Kind == other.Kind && Amount == other.Amount && Currency == other.Currency && Unit == other.Unit
        && Until == other.Until && Usual == other.Usual && Rule?.TrimEnd('.', ' ') == other.Rule?.TrimEnd('.', ' ') && OtherCases == other.OtherCases
        && Label == other.Label && SetLocally == other.SetLocally && Case == other.Case && ExpiredCases.Select(Shown).SequenceEqual(other.ExpiredCases.Select(Shown));

    private static (string? Case, long? Amount, string Currency, string? Unit) Shown(FeeRule rule) => (rule.Case, rule.Amount, rule.Currency, rule.Unit);

    public override int GetHashCode() => HashCode.Combine(Kind, Amount, Unit, Until, Rule?.TrimEnd('.', ' '), Case, ExpiredCases.Count);

    /// <summary>The note says the provincial council (HĐND) sets the exact amount: the figure may differ in Hanoi.</summary>
    public bool SetLocally { get; init; }
}
