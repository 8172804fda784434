namespace KnowledgeBase.Procedures;

/// <summary>
/// The facts citizens ask for most, as structured fields editors can correct (front matter <c>facts:</c>): fee rules
/// per channel with amounts, units and validity dates, processing times as a number and a unit, and the place to
/// file. The importer derives them from the catalogue's text; a re-import keeps them once an editor has changed them.
/// </summary>
public sealed record ProcedureFacts
{
    public IReadOnlyList<FeeRule> Fees { get; init; } = [];

    public IReadOnlyList<TimeFact> Times { get; init; } = [];

    /// <summary>Where a citizen hands in the file, in the catalogue's words.</summary>
    public string? Place { get; init; }

    /// <summary>
    /// Written by the importer: the fingerprint of the facts as it derived them. Facts that no longer match it were
    /// changed by an editor, and a re-import keeps them.
    /// </summary>
    public string? Imported { get; init; }

    /// <summary>A short hash of the facts' content (not of <see cref="Imported"/>).</summary>
    public string ContentFingerprint()
    {
        var text = new System.Text.StringBuilder();
        foreach (var fee in Fees)
        {
            text.Append(fee.Channel).Append('|').Append(fee.Amount).Append('|').Append(fee.Currency).Append('|').Append(fee.Unit).Append('|')
                .Append(fee.From?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                .Append(fee.Until?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                .Append(fee.Free).Append('|').Append(fee.Rule).Append('|').Append(fee.SetLocally).Append('|').Append(fee.OtherCases);

            // Added later: only a rule that names a case adds it, so fingerprints written before stay valid.
            if (fee.Case is not null)
            {
                text.Append('|').Append(fee.Case);
            }

            text.Append('\n');
        }

        foreach (var time in Times)
        {
            text.Append(time.Channel).Append('|').Append(time.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('|').Append(time.Unit).Append('|').Append(time.Qualifier).Append('\n');
        }

        text.Append(Place);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }

    /// <summary>The same facts, field by field (records compare their lists by reference).</summary>
    public bool SameAs(ProcedureFacts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Fees.SequenceEqual(other.Fees) && Times.SequenceEqual(other.Times) && Place == other.Place;
    }
}

/// <summary>
/// One fee rule of a channel: an amount (with the unit it pays for, and the dates it applies between when it is a
/// temporary rate), or "free", or the rule the catalogue names instead of an amount.
/// </summary>
public sealed record FeeRule
{
    public required string Channel { get; init; }

    public long? Amount { get; init; }

    /// <summary>"đồng" unless the catalogue states another currency ("USD").</summary>
    public string Currency { get; init; } = "đồng";

    /// <summary>What one amount pays for ("thẻ căn cước", "hồ sơ", "lần").</summary>
    public string? Unit { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? Until { get; init; }

    /// <summary>Nothing to pay. The catalogue names no amount beside it; its note, when it only names the fee law, is <see cref="Rule"/>.</summary>
    public bool Free { get; init; }

    /// <summary>
    /// The catalogue's words where it names who sets the fee (a council, a circular) but no amount; beside
    /// <see cref="Free"/>, the note that only names the law fees follow ("Theo quy định của Luật phí và lệ phí …").
    /// </summary>
    public string? Rule { get; init; }

    /// <summary>The provincial council (HĐND) sets the exact amount.</summary>
    public bool SetLocally { get; init; }

    /// <summary>The catalogue names other amounts for other cases.</summary>
    public bool OtherCases { get; init; }

    /// <summary>
    /// Which charge the amount is, when the catalogue names one: "Phí công bố nội dung đăng ký doanh nghiệp" on one
    /// channel, "Lệ phí đăng ký doanh nghiệp" on another are different charges, not one fee that differs by channel.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>
    /// The case the amount applies to, when the catalogue names one: "Đăng ký tạm trú theo danh sách" (the desk's rate
    /// is per person on a list), "trường hợp cấp lại do bị hư hỏng hoặc bị mất". Shown beside the amount.
    /// </summary>
    public string? Case { get; init; }
}

/// <summary>A channel's processing time: "7 ngày làm việc" is 7 and "ngày làm việc"; "không quá 5 ngày" has the qualifier "không quá".</summary>
public sealed record TimeFact(string Channel, decimal Value, string Unit)
{
    public string? Qualifier { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string Text => (Qualifier is null ? "" : Qualifier + " ") + Value.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " " + Unit;
}
