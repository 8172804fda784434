using System.Globalization;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Content;

/// <summary>Converts <see cref="ProcedureFacts"/> to and from the front matter's <c>facts:</c> block, checking what editors write.</summary>
internal static class FactsFrontMatter
{
    public static FrontMatterFacts? ToFrontMatter(ProcedureFacts? facts) =>
        facts is null || (facts.Fees.Count == 0 && facts.Times.Count == 0 && facts.Place is null)
            ? null
            : new FrontMatterFacts
            {
                Fees = facts.Fees.Count == 0 ? null : facts.Fees.Select(f => new FrontMatterFee
                {
                    Channel = f.Channel,
                    Amount = f.Amount,
                    Currency = f.Currency == "đồng" ? null : f.Currency,
                    Unit = f.Unit,
                    From = Date(f.From),
                    Until = Date(f.Until),
                    Free = f.Free ? true : null,
                    Rule = f.Rule,
                    SetLocally = f.SetLocally ? true : null,
                    OtherCases = f.OtherCases ? true : null,
                    Label = f.Label,
                    Case = f.Case,
                }).ToList(),
                Times = facts.Times.Count == 0 ? null : facts.Times.Select(t => new FrontMatterTime
                {
                    Channel = t.Channel,
                    Value = t.Value,
                    Unit = t.Unit,
                    Qualifier = t.Qualifier,
                }).ToList(),
                Place = facts.Place,
                Imported = facts.Imported,
            };

    /// <summary>The facts block as a procedure's facts; problems are reported through <paramref name="error"/> with the front matter's line.</summary>
    public static ProcedureFacts? FromFrontMatter(FrontMatterFacts? front, int line, Action<int, string> error)
    {
        if (front is null)
        {
            return null;
        }

        var fees = new List<FeeRule>();
        foreach (var fee in front.Fees ?? [])
        {
            if (string.IsNullOrWhiteSpace(fee.Channel))
            {
                error(line, ContentMessages.FeeChannelMissing);
                continue;
            }

            var from = ParseDate(fee.From, "from", line, error);
            var until = ParseDate(fee.Until, "until", line, error);
            // "free: true" may keep the note the catalogue writes beside "Miễn phí" as its rule.
            var kinds = (fee.Amount is not null ? 1 : 0) + (fee.Free == true || !string.IsNullOrWhiteSpace(fee.Rule) ? 1 : 0);
            if (kinds != 1)
            {
                error(line, ContentMessages.FeeKind(fee.Channel));
            }

            if (fee.Amount is < 0)
            {
                error(line, ContentMessages.FeeNegative(fee.Channel));
            }

            if (from is not null && until is not null && until < from)
            {
                error(line, ContentMessages.FeeEndsBeforeStart(fee.Channel, fee.Until, fee.From));
            }

            fees.Add(new FeeRule
            {
                Channel = fee.Channel.Trim(),
                Amount = fee.Amount,
                Currency = string.IsNullOrWhiteSpace(fee.Currency) ? "đồng" : fee.Currency.Trim(),
                Unit = Clean(fee.Unit),
                From = from,
                Until = until,
                Free = fee.Free == true,
                Rule = Clean(fee.Rule),
                SetLocally = fee.SetLocally == true,
                OtherCases = fee.OtherCases == true,
                Label = Clean(fee.Label),
                Case = Clean(fee.Case),
            });
        }

        var times = new List<TimeFact>();
        foreach (var time in front.Times ?? [])
        {
            if (string.IsNullOrWhiteSpace(time.Channel) || time.Value is not > 0 || string.IsNullOrWhiteSpace(time.Unit))
            {
                error(line, ContentMessages.TimeIncomplete);
                continue;
            }

            times.Add(new TimeFact(time.Channel.Trim(), time.Value.Value, time.Unit.Trim()) { Qualifier = Clean(time.Qualifier) });
        }

        return new ProcedureFacts { Fees = fees, Times = times, Place = Clean(front.Place), Imported = Clean(front.Imported) };
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text, string name, int line, Action<int, string> error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error(line, ContentMessages.FeeDate(name, text));
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
