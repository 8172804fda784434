using System.Text.RegularExpressions;
using Bot.Templates;
using KnowledgeBase.Matching;
using KnowledgeBase.Facts;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace Bot.Answers;

/// <summary>
/// One aspect of a procedure as a short Vietnamese phrase, from the record's facts only: the fee that applies today,
/// the processing time, where to file, whether it can be done online. Each phrase starts lower case so it can follow
/// the procedure's name on the first line or stand on its own line capitalised.
/// </summary>
public sealed partial class FactPhrases(TemplateCatalog templates)
{
    // A case quoted from the fee note: its heading and amounts, short of the phone screen.
    private const int MaxNamedCase = 320;

    /// <param name="ruleLength">Room for a rule's own words: the overview, with other facts beside the fee, gives less.</param>
    /// <param name="namedCase">The case of the fee note the question names (<see cref="FeeCases.NamedBy"/>), quoted instead of the cell's amount; -1 for none.</param>
    public string Fee(Procedure procedure, DateOnly today, int ruleLength = FeeRuleWords.DefaultMaxLength, int namedCase = -1)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (namedCase >= 0 && FeeCases.Of(procedure) is var cases && namedCase < cases.Count)
        {
            return templates.Format("fee_named_case", ("case", BoldAmounts(TextClip.Clip(Uncapitalize(cases[namedCase]), MaxNamedCase))));
        }

        var rules = FactSheet.Of(procedure).Fees;
        var groups = ChannelGroups.Of(Channels(procedure, rules.Select(r => r.Channel)), c => FeeReader.Evaluate(rules.Where(r => r.Channel == c), today) is { Kind: not FeeKind.Unknown } fee ? fee : null);

        // Postal channels often carry only "pay the courier" notes: when a channel states an amount or that it is free,
        // notes without an amount elsewhere add nothing the citizen can use.
        // A rule that names its own charge ("Lệ phí đăng ký doanh nghiệp: bằng 50% …" at the desk beside the online
        // publication fee) is another fee, not a courier note; an amount whose period has ended stays too, after today's
        // amounts, so it is read as the record's past rate.
        var stated = groups.Where(g => g.Value.Kind is FeeKind.Amount or FeeKind.Free).ToList();
        if (stated.Count > 0)
        {
            groups =
            [
                .. stated,
                .. groups.Where(g => g.Value is { Kind: FeeKind.RuleOnly, Rule: { } rule } && FeeReader.LabelOf(rule) is not null),
                .. groups.Where(g => g.Value.Kind is FeeKind.Expired),
            ];
        }

        if (groups.Count == 0)
        {
            return templates["fee_unknown"];
        }

        // Free on every channel, some with the note that names the fee law: one line, not one per channel.
        if (groups.Count > 1 && groups.All(g => g.Value.Kind is FeeKind.Free))
        {
            groups = [groups.FirstOrDefault(g => g.Value.Rule is not null) ?? groups[0]];
        }

        // "Trực tuyến: Miễn phí" beside other channels whose cells the crawl garbled ("25 VNĐ"): free online only, which
        // must not read as free everywhere.
        var unread = procedure.Channels.Where(c => !string.IsNullOrWhiteSpace(c.Fee) && groups.All(g => !g.Channels.Contains(c.Channel, StringComparer.Ordinal)))
            .Select(c => c.Channel).ToList();
        if (groups.Count == 1 && unread.Count > 0 && groups[0].Value.Kind is FeeKind.Free)
        {
            return templates.Format("fee_free_only_on", ("channels", ChannelNames(groups[0].Channels)), ("others", ChannelNames(unread)));
        }

        if (groups.Count == 1)
        {
            return groups[0].Value switch
            {
                { Kind: FeeKind.Free, Rule: { } } free => FreeWithNote(free, ruleLength),
                { Kind: FeeKind.Free } => templates["fee_none"],
                { Kind: FeeKind.Expired } expired => templates.Format("fee_line_note", ("value", FeeValue(expired, ruleLength))),
                { Kind: FeeKind.RuleOnly } rule => templates.Format("fee_line", ("value", RuleValue(rule, ruleLength))),
                var fee => templates.Format("fee_line", ("value", FeeValue(fee, ruleLength))) + Qualifiers(fee, OtherAmounts(procedure, groups[0].Channels, fee)),
            };
        }

        // Each channel's own other cases ("trường hợp cấp lại do bị mất: 400.000đ") stay beside its amount, and so does
        // the charge's name when the channels' amounts are different charges (a publication fee online, the
        // registration fee at the desk), so the two are not read as one fee that differs by channel.
        var labelled = groups.Select(g => g.Value.Label).Distinct(StringComparer.Ordinal).Count() > 1;
        var parts = groups.Select(g => templates.Format(g.Value.Kind is FeeKind.Amount or FeeKind.Free ? "channel_value" : "channel_note", ("channels", ChannelNames(g.Channels)), ("value", FeeValue(g.Value, ruleLength)))
            + Bracketed([.. labelled && g.Value.Label is { } label ? [Uncapitalize(label)] : Array.Empty<string>(), .. OtherAmounts(procedure, g.Channels, g.Value).Select(Uncapitalize)]));
        // "Other cases pay other amounts" only when no channel's other amounts are already quoted beside it, and the
        // council's part once: not when a rule's own words already said it.
        var othersQuoted = groups.Any(g => OtherAmounts(procedure, g.Channels, g.Value).Count > 0);
        var councilSaid = groups.Any(g => g.Value is { Kind: FeeKind.RuleOnly, SetLocally: true });
        return templates.Format("fee_line", ("value", string.Join("; ", parts)))
            + Qualifiers(groups[0].Value with { OtherCases = !othersQuoted && groups.Any(g => g.Value.OtherCases), SetLocally = groups[0].Value.SetLocally && !councilSaid }, []);
    }

    /// <param name="procedure">The procedure whose time is told.</param>
    /// <param name="conditional">
    /// Whether a time the steps state only as a condition ("nộp sau 15 giờ thì … ngày làm việc tiếp theo") may stand in
    /// for a missing time: asked for, yes; in an overview, which must fit a phone screen, it is left to "Mất bao lâu?".
    /// </param>
    public string? Time(Procedure procedure, bool conditional = true)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var times = FactSheet.Of(procedure).Times;
        var groups = ChannelGroups.Of(Channels(procedure, times.Select(t => t.Channel)), c => times.FirstOrDefault(t => t.Channel == c)?.Text);
        if (groups.Count == 0)
        {
            // The time field is empty but the steps may say it ("Trong thời hạn 01 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, …").
            if (StatedDeadlines.ForOffice(procedure) is { } stated)
            {
                return templates.Format("time_from", ("value", "**" + stated.Amount + "**"), ("from", stated.From));
            }

            if (!conditional)
            {
                return null;
            }

            // What the record does say, quoted: a number whose unit the crawl lost, the next working day after an hour.
            var unitless = ProcessingTime.Unitless(procedure);
            var nextDay = StatedDeadlines.NextDayAfter(procedure)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (unitless, nextDay) switch
            {
                ({ } number, { } hour) => templates.Format("time_unitless_next_day", ("value", number), ("hour", hour)),
                ({ } number, null) => templates.Format("time_unitless", ("value", number)),
                (null, { } hour) => templates.Format("time_next_day", ("hour", hour)),
                _ => null,
            };
        }

        if (TimeCases.Of(procedure) is { Count: > 1 } cases)
        {
            return templates.Format("time_cases", ("cases", Cases(cases)));
        }

        var value = groups.Count == 1
            ? "**" + groups[0].Value + "**"
            : string.Join("; ", groups.Select(g => templates.Format("channel_value", ("channels", ChannelNames(g.Channels)), ("value", "**" + g.Value + "**"))));
        return templates.Format("time_line", ("value", value));
    }

    private const int MaxTimeCases = 3;

    private string Cases(IReadOnlyList<TimeCase> cases)
    {
        var told = cases.Take(MaxTimeCases)
            // A time whose case the record does not label stays bare: "trường hợp khác" would call the usual case the exception.
            .Select(c => c.Case is null
                ? "**" + c.Time + "**"
                : templates.Format("time_case", ("case", c.Case), ("value", c.Time)))
            .ToList();
        if (cases.Count > MaxTimeCases)
        {
            told.Add(templates["time_cases_more"]);
        }

        return string.Join("; ", told);
    }

    /// <summary>
    /// The office's time; without one, that it is missing and, when the record states one, by when the citizen must act
    /// ("phải báo cho cơ quan thuế trong vòng bao nhiêu ngày" asks that in the words of a time).
    /// </summary>
    public string TimeOrMissing(Procedure procedure) =>
        Time(procedure) ?? (StatedDeadlines.ForCitizen(procedure) is { } deadline
            ? templates.Format("time_unknown_deadline", ("deadline", Uncapitalize(deadline)))
            : templates["time_unknown"]);

    /// <summary>By when the citizen must act, in the record's words; the office's time follows when the record has no such deadline.</summary>
    public string Deadline(Procedure procedure) =>
        StatedDeadlines.ForCitizen(procedure) is { } deadline
            ? templates.Format("deadline_line", ("deadline", Uncapitalize(deadline)))
            : templates["deadline_unknown"] + (Time(procedure) is { } time ? "; " + time : "");

    public string Where(Procedure procedure, string level)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        // A stored place that names no office ("Hệ thống quản lý công tác", "khoản 2 điều này": the import cut a
        // sentence) is not told; the agency that carries the procedure out is.
        var place = FactSheet.Of(procedure).Place is { } stored && FilingPlace.NamesAnOffice(stored) && !FilingPlace.OnlyReceives(stored)
            ? stored
            : FilingPlace.AgencyOf(procedure) is { } agencyPlace && !FilingPlace.OnlyReceives(agencyPlace) ? agencyPlace : null;
        if (place is not null && FilingPlace.NamesARole(place) && FilingPlace.AgencyOf(procedure) is { } agency && agency != place)
        {
            // "cơ quan cấp giấy phép lái xe" says what the office does, not which it is: the agencies say that.
            place += " (" + agency + ")";
        }

        return place is null
            ? templates.Format("where_level_only", ("level", level))
            : templates.Format("where_line", ("place", CatalogueAbbreviations.Spelled(Chair().IsMatch(place) ? Capitalize(Chair().Replace(place, "")) : place)));
    }

    public string Online(Procedure procedure)
    {
        var online = OnlineFiling.Of(procedure);
        if (!online.Available)
        {
            return templates["online_no"];
        }

        return online.Portals.Count == 0
            ? templates["online_yes"]
            : templates.Format("online_yes_portals", ("portals", JoinWithOr(online.Portals)));
    }

    /// <summary>The text with a full stop, unless it already ends a sentence or with an ellipsis.</summary>
    public static string EndSentence(string text) =>
        text.Length == 0 || text[^1] is '.' or '…' or '!' or '?' or ':' ? text : text + ".";

    public static string Uncapitalize(string phrase) =>
        phrase.Length == 0 ? phrase : char.ToLowerInvariant(phrase[0]) + phrase[1..];

    public static string Capitalize(string phrase) =>
        phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];

    /// <summary>The channels in the catalogue's order, then any the facts name that the channel table lacks.</summary>
    private static string[] Channels(Procedure procedure, IEnumerable<string> named) =>
        procedure.Channels.Select(c => c.Channel).Concat(named).Distinct(StringComparer.Ordinal).ToArray();

    // Rule budgets below this are an overview's one line (AnswerComposer's 70 characters); an aspect answer gets about 130.
    private const int ShortRuleBudget = 100;

    private string FeeValue(FeeToday fee, int ruleLength) => fee.Kind switch
    {
        FeeKind.Free => templates["fee_free"],
        FeeKind.Amount when fee.Until is { } until => templates.Format(
            fee.Usual is { } usual ? "fee_reduced" : "fee_until",
            ("amount", Amount(fee)),
            ("until", Dong.FormatDate(until)),
            ("usual", fee.Usual is { } u ? Dong.Format(u, fee.Currency) : "")),
        FeeKind.Amount => Amount(fee),
        // In an overview line (a short rule budget) the past rate's amounts give way to its end date.
        FeeKind.Expired when ruleLength < ShortRuleBudget => templates.Format("fee_expired_short", ("until", Dong.FormatDate(fee.Until ?? default))),
        FeeKind.Expired => templates.Format(
            "fee_expired",
            ("amount", Dong.Format(fee.Amount, fee.Currency) + (fee.Unit is null ? "" : "/" + fee.Unit)),
            ("cases", Bracketed(fee.ExpiredCases.Select(c => c.Case + ": " + Dong.Format(c.Amount ?? 0, c.Currency) + (c.Unit is null ? "" : "/" + c.Unit)).ToArray())),
            ("until", Dong.FormatDate(fee.Until ?? default))),
        // Beside other channels' values a rule gets a little less room.
        FeeKind.RuleOnly => RuleValue(fee, ruleLength * 2 / 3),
        _ => templates["fee_unknown"],
    };

    /// <summary>"Miễn phí (Theo quy định của Luật phí và lệ phí …)": what the cell says, with the note that names only the law.</summary>
    private string FreeWithNote(FeeToday fee, int maxLength)
    {
        var words = FeeRuleWords.Shorten(fee.Rule ?? "", maxLength, null);
        return templates.Format("fee_free_cell_rule", ("rule", words.Text.TrimEnd('.', ' '))) + (words.Cut ? templates["fee_rule_more"] : "");
    }

    /// <summary>
    /// A rule without an amount in the record's own words (exemptions first), shortened at a sentence or clause boundary
    /// and pointing to the source when cut; the council's part is said once, in the template's words.
    /// </summary>
    private string RuleValue(FeeToday fee, int maxLength)
    {
        var words = FeeRuleWords.Shorten(fee.Rule ?? "", maxLength, fee.SetLocally ? FeeReader.NamesTheCouncil : null);
        // The reply ends the sentence after the closing quote.
        words = words with { Text = words.Text.TrimEnd('.', ' ') };
        return templates[fee.SetLocally ? "fee_rule_set_locally" : "fee_rule"]
            + (words.Text.Length == 0 ? "" : templates.Format("fee_rule_words", ("rule", BoldAmounts(words.Text))))
            + (words.Cut ? templates["fee_rule_more"] : "");
    }

    /// <summary>"50000 đồng", "50.000đ" in a quoted rule are written as amounts: "**50.000 đồng**".</summary>
    private static string BoldAmounts(string words) =>
        QuotedAmount().Replace(words, m => Dong.Parse(m.Groups["n"].Value) is { } amount and >= 1000
            ? "**" + Dong.Format(amount, m.Groups["cur"].Value == "USD" ? "USD" : "đồng") + "**"
            : m.Value);

    private string Amount(FeeToday fee) =>
        "**" + Dong.Format(fee.Amount, fee.Currency) + "**" + (fee.Unit is null ? "" : "/" + fee.Unit)
        + (fee.Case is null ? "" : templates.Format("fee_case", ("case", Uncapitalize(CaseWords(fee.Case)))));

    /// <summary>"đối với trường hợp cấp mới Giấy phép" follows "áp dụng cho" without its own "đối với".</summary>
    private static string CaseWords(string @case) =>
        @case.StartsWith("đối với ", StringComparison.OrdinalIgnoreCase) ? @case[8..] : @case;

    /// <param name="otherAmounts">The description's amounts for other cases ("từ trang thứ 3 trở lên thu 1.000 đồng/trang"), quoted instead of pointing to the source.</param>
    private string Qualifiers(FeeToday fee, IReadOnlyList<string> otherAmounts) =>
        (fee.SetLocally ? "; " + templates["fee_set_locally"] : "")
        + (otherAmounts.Count > 0 ? "; " + string.Join("; ", otherAmounts.Select(Uncapitalize))
            : fee.OtherCases ? "; " + templates["fee_other_cases"] : "");

    /// <summary>Other-case amounts of the channels' descriptions; only for an amount without a reduction in force, whose wording they would muddle.</summary>
    private static IReadOnlyList<string> OtherAmounts(Procedure procedure, IReadOnlyList<string> channels, FeeToday fee) =>
        fee is { Kind: FeeKind.Amount, Until: null }
            ? procedure.Channels.Where(c => channels.Contains(c.Channel, StringComparer.Ordinal))
                .Select(c => FeeReader.OtherAmounts(c.Fee, c.Note))
                .FirstOrDefault(o => o.Count > 0) ?? []
            : [];

    private static string Bracketed(string[] notes) => notes.Length == 0 ? "" : " (" + string.Join("; ", notes) + ")";

    private static string ChannelNames(IReadOnlyList<string> channels) =>
        string.Join(", ", channels.Select(Uncapitalize));

    private string JoinWithOr(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " " + templates["or"] + " " + items[^1];

    /// <summary>
    /// The name as a citizen reads it: without "Thủ tục", the level bracket and how it is done, at most <paramref name="max"/>
    /// characters; from <paramref name="window"/> (<see cref="WindowOf"/>) after its start when the question points there.
    /// </summary>
    public static string ShortName(Procedure procedure, int max = 110, int window = -1)
    {
        var name = ReadableName(procedure);
        if (name.Length <= max || window <= 0 || window >= name.Length)
        {
            // A name's end tells records apart ("… của hộ kinh doanh") unless the name is a long list of cases, whose last
            // one ("… theo hình thức thuê đất trả tiền hàng năm") would read as the case this answer is about.
            return name.Length > max * 2 ? TextClip.Clip(name, max) : TextClip.ClipMiddle(name, max);
        }

        // The name's start, then the part the citizen's words point at ("… lần đầu đối với hộ gia đình, cá nhân…").
        var head = TextClip.Clip(name, max * 9 / 20).TrimEnd('…');
        return head + "… " + TextClip.Clip(name[window..], max - head.Length - 2);
    }

    /// <summary>
    /// Where in a name too long for a line the citizen's words point: the first two neighbouring words of the name
    /// beyond its start that the question also holds ("lam so do lan dau" → "lần đầu đối với hộ gia đình…"); -1 when
    /// none does and the name keeps both ends (<see cref="TextClip.ClipMiddle"/>).
    /// </summary>
    public static int WindowOf(Procedure procedure, string? question, int max = 110)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        // Every answer asks this, cached or not: most names fit, and the readable name is never longer than the name.
        if (procedure.Name.Length <= max || string.IsNullOrWhiteSpace(question))
        {
            return -1;
        }

        var name = ReadableName(procedure);
        if (name.Length <= max)
        {
            return -1;
        }

        // As typed: folded, "thuế" of the question would be the "thuê" of a lease in the name.
        var text = new TokenizedText(question);
        var accented = text.HasDiacritics;
        var said = new HashSet<string>(accented ? text.Words : text.Folded, StringComparer.Ordinal);
        string Spelled(string word) => accented ? word.ToLowerInvariant() : VietnameseText.Fold(word);
        // A pair the question says too, so two stray words ("bao" of "bao lâu" and "doanh") point nowhere.
        var typed = accented ? text.Words : text.Folded;
        var saidPairs = new HashSet<string>(typed.Zip(typed.Skip(1), (a, b) => a + " " + b), StringComparer.Ordinal);
        var words = NameWord().Matches(name);
        var headEnd = max * 9 / 20;
        // A pair the start already shows points nowhere new: "kinh doanh" again in "… tiếp tục kinh doanh …".
        var shown = new HashSet<string>(StringComparer.Ordinal);
        // Of the places a pair points at, the one whose next words hold most of the question: "… theo thỏa thuận của các
        // thành viên hộ gia đình" rather than the "sử dụng đất" every land record's list opens with.
        var (best, bestSaid) = (-1, 0);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // Neighbours, or two words a link word joins ("vợ và chồng").
            var next = i + 1 + 1 < words.Count && MatchLexicon.LinkWords.Contains(VietnameseText.Fold(words[i + 1].Value)) ? i + 2 : i + 1;
            var (first, second) = (VietnameseText.Fold(words[i].Value), VietnameseText.Fold(words[next].Value));
            if (words[i].Index < headEnd)
            {
                shown.Add(first + " " + second);
                continue;
            }

            if (words[i].Index < name.Length - 20 && !shown.Contains(first + " " + second)
                && !MatchLexicon.LinkWords.Contains(first) && !MatchLexicon.LinkWords.Contains(second)
                && said.Contains(Spelled(words[i].Value)) && said.Contains(Spelled(words[next].Value))
                && (next > i + 1 || saidPairs.Contains(Spelled(words[i].Value) + " " + Spelled(words[next].Value))))
            {
                var saidAhead = Enumerable.Range(i, Math.Min(WindowWords, words.Count - i))
                    .Select(k => Spelled(words[k].Value))
                    .Where(w => said.Contains(w) && !MatchLexicon.LinkWords.Contains(VietnameseText.Fold(w)))
                    .Distinct(StringComparer.Ordinal)
                    .Count();
                if (saidAhead > bestSaid)
                {
                    (best, bestSaid) = (words[i].Index, saidAhead);
                }
            }
        }

        return best;
    }

    // The words after a pointed place that a label of one line shows.
    private const int WindowWords = 10;

    public static string ReadableName(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var name = procedure.Name.Trim();
        if (name.StartsWith("Thủ tục ", StringComparison.OrdinalIgnoreCase))
        {
            name = char.ToUpperInvariant(name[8]) + name[9..];
        }

        // "Cấp giấy phép môi trường (cấp Bộ) (1.010719)": the portal's code in the name is shown beside it anyway.
        name = CodeInName().Replace(name, "");
        var bracket = name.LastIndexOf(" (", StringComparison.Ordinal);
        if (bracket > 10 && name.EndsWith(')') && VietnameseText.Fold(name[bracket..]).Contains("cap ", StringComparison.Ordinal))
        {
            name = name[..bracket];
        }

        // "… thực hiện bằng dịch vụ công trực tuyến một phần hoặc trực tiếp thực hiện tại cấp trung ương, cấp tỉnh, cấp xã":
        // how and where it is done is said elsewhere in the answer; the name stops before it.
        var how = HowAndWhere().Match(name);
        if (how.Success && how.Index > 10)
        {
            name = name[..how.Index];
        }

        return name.TrimEnd('.', ' ', ',');
    }

    [GeneratedRegex(@"\s*\(\s*\d\.\d{6}\s*\)\s*$")]
    private static partial Regex CodeInName();

    // "nộp hồ sơ tại Chủ tịch ủy ban nhân dân cấp tỉnh": the file goes to the committee; its chair decides.
    [GeneratedRegex(@"^Chủ tịch\s+(?=(?:[Ủủ]y|[Uu]ỷ|UBND)\b)")]
    private static partial Regex Chair();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex NameWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<n>\d{1,3}(?:[.,]\d{3})+|\d{4,})\s*(?<cur>đồng|Đồng|VNĐ|đ|USD)(?!\p{L})")]
    private static partial System.Text.RegularExpressions.Regex QuotedAmount();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:thực hiện\s+)?(?:bằng dịch vụ công|trực tuyến toàn trình|thực hiện tại cấp)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HowAndWhere();
}
