using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// Reads a channel's fee as the catalogue writes it ("70,000 Việt Nam Đồng (… Kể từ ngày 01/7/2025 đến hết ngày
/// 31/12/2026 mức thu … bằng 50% …)", "Miễn phí (Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh … quy định)") into what
/// applies on a given day. Only amounts the text states are used; anything it cannot read with confidence becomes a
/// rule quoted from the note or <see cref="FeeKind.Unknown"/>, never a guess.
/// </summary>
public static partial class FeeReader
{
    // Amounts below this are thousands the crawl lost ("45 VNĐ" for 45.000): not an amount a citizen can be told.
    private const long SmallestPlausibleDong = 1000;

    private static readonly HashSet<string> UnitStopWords = new(
        ["ke", "tu", "ap", "theo", "truong", "doi", "neu", "khi", "va", "cho", "tai", "trong", "thong", "nghi", "quy", "muc", "phi", "le"],
        StringComparer.Ordinal);

    // Notes that say there is nothing to pay: "Không quy định", "Chưa quy định", "không thu lệ phí".
    private static readonly string[] NoFeeWords = [" mien phi ", " khong thu ", " khong quy dinh ", " chua quy dinh ", " khong co "];

    /// <summary>What a channel's fee cell means on <paramref name="today"/>.</summary>
    public static FeeToday Read(string? fee, string channel, DateOnly today) => Evaluate(Rules(fee, channel), today);

    /// <summary>The unit of a note that only says the amount is for one of it ("Trên 1 chứng chỉ"); null for any other note.</summary>
    private static string? PerOneUnit(string? note) =>
        note is not null && PerOne().Match(note) is { Success: true } per ? Unit(per.Groups["unit"].Value)?.ToLowerInvariant() : null;

    /// <summary>
    /// The rules a channel's fee cell states: the usual amount (with its unit), dated amounts (percentages of the
    /// usual amount worked out), "free", or the rule quoted from the note. Empty when nothing can be read.
    /// </summary>
    /// <param name="description">
    /// The channel's description ("Mô tả"), where the portal often writes a reduction in force ("Phí: 500.000 đồng/hồ
    /// sơ (áp dụng mức phí 250.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 …)") that the fee cell
    /// leaves out. Its dated amounts count only when it also states the cell's amount: then it is about this fee.
    /// </param>
    public static IReadOnlyList<FeeRule> Rules(string? fee, string channel, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (string.IsNullOrWhiteSpace(fee))
        {
            return [];
        }

        var column = Column().Match(fee.Trim());
        if (!column.Success)
        {
            return [];
        }

        var note = column.Groups["note"].Success ? column.Groups["note"].Value.Trim() : "";
        var currency = column.Groups["cur"].Value.Equals("USD", StringComparison.OrdinalIgnoreCase) ? "USD" : "đồng";
        long? baseAmount = column.Groups["n"].Success ? Dong.Parse(column.Groups["n"].Value) : null;
        if (baseAmount is < SmallestPlausibleDong && currency == "đồng")
        {
            baseAmount = null;
        }

        var clauses = ReadClauses(note);
        if (baseAmount is { } cellAmount)
        {
            clauses.AddRange(AboutTheCell(description, cellAmount)
                .Where(c => c.Until is not null && clauses.All(known => known.Until != c.Until || known.Amount != c.Amount)));
        }

        var undated = clauses.Where(c => c.Amount is not null && c.Until is null && c.Percent is null).ToList();

        // "+ 160.000/hộ chiếu, trường hợp cấp lại do bị hư hỏng hoặc bị mất: 320.000đ/hộ chiếu (áp dụng đến hết ngày
        // 31/12/2023 …)": the note dates the cell's own amount, so after that day it is not today's fee.
        var cellDated = baseAmount is { } fromCell && undated.All(c => c.Amount != fromCell)
            ? clauses.FirstOrDefault(c => c.Until is not null && c.FirstNumber == fromCell)
            : null;

        var baseFromCell = baseAmount is not null;

        // "Miễn phí" or an implausible column amount, while the note states one ("Lệ phí cấp giấy phép lái xe: 135.000
        // đồng/lần"): the note's amount is the fee.
        baseAmount ??= undated.Count > 0 ? undated[0].Amount : null;
        var setLocally = SetLocally().IsMatch(VietnameseText.Fold(note));
        var label = LabelOf(note);
        var rules = new List<FeeRule>();
        if (baseAmount is { } usual)
        {
            var stating = undated.FirstOrDefault(c => c.Amount == usual);
            rules.Add(new FeeRule
            {
                Channel = channel,
                Amount = usual,
                Currency = currency,
                // "2,000 Việt Nam Đồng (/trang)": the bracket after the amount holds only its unit.
                Unit = stating?.Unit ?? cellDated?.FirstUnit ?? (note.StartsWith('/') ? Unit(note[1..].Split('.', ';', '(', ',')[0])?.ToLowerInvariant()
                    : PerOneUnit(note)),
                From = cellDated?.From,
                Until = cellDated?.Until,
                SetLocally = setLocally,
                OtherCases = undated.Any(c => c.Amount != usual),
                Label = label,
                Case = stating is null ? (baseFromCell ? WholeNoteCase(note, clauses) : null) : CaseHeading(clauses, clauses.IndexOf(stating)),
            });
        }

        var online = VietnameseText.Fold(channel).Contains("truc tuyen", StringComparison.Ordinal);
        foreach (var clause in clauses.Where(c => c.Until is not null && c != cellDated && (!c.OnlineOnly || online)))
        {
            var amount = clause.Amount ?? (clause.Percent is { } percent && baseAmount is { } b ? b * percent / 100 : null);
            if (amount is null || (baseAmount is { } most && amount > most))
            {
                // No amount, or more than the usual one: a dated line this reader does not understand.
                continue;
            }

            rules.Add(new FeeRule
            {
                Channel = channel,
                Amount = amount,
                Currency = currency,
                Unit = clause.Unit ?? rules.FirstOrDefault()?.Unit,
                From = clause.From,
                Until = clause.Until,
                SetLocally = setLocally,
            });
        }

        // The other case the dated clause names beside the cell's amount, for the same period.
        if (cellDated is { Amount: { } other, Lead: { } lead } && other != baseAmount)
        {
            rules.Add(new FeeRule
            {
                Channel = channel,
                Amount = other,
                Currency = currency,
                Unit = cellDated.Unit,
                From = cellDated.From,
                Until = cellDated.Until,
                Case = lead,
            });
        }

        if (rules.Count > 0)
        {
            return rules;
        }

        if (column.Groups["free"].Success && (!NamesAFee(note) || FreeNote().IsMatch(VietnameseText.Fold(note))))
        {
            return [new FeeRule { Channel = channel, Free = true }];
        }

        // "Miễn phí (Theo quy định của Luật phí và lệ phí …)": the cell says free and the note only names the law fees
        // follow, not an amount nor who sets one. Free, with the note kept for the citizen to read.
        if (column.Groups["free"].Success && LegalReference().IsMatch(VietnameseText.Fold(note).TrimStart('-', '+', '*', ' ', '(')))
        {
            return [new FeeRule { Channel = channel, Free = true, Rule = Quote(note) }];
        }

        return note.Length > 0 ? [new FeeRule { Channel = channel, Rule = Quote(note) }] : [];
    }

    /// <summary>
    /// What a channel's description adds to the cell's amount for other cases, quoted: "từ trang thứ 3 trở lên thu 1.000
    /// đồng/trang, tối đa thu không quá 200.000 đồng/bản" beside "2.000 đồng/trang". Only undated clauses that state an
    /// amount, from a description that states the cell's own amount; empty when there are none or they are too long
    /// to quote on a phone (over <paramref name="maxLength"/> characters together).
    /// </summary>
    public static IReadOnlyList<string> OtherAmounts(string? fee, string? description, int maxLength = 160)
    {
        if (string.IsNullOrWhiteSpace(fee) ||
            Column().Match(fee.Trim()) is not { Success: true } column || !column.Groups["n"].Success ||
            Dong.Parse(column.Groups["n"].Value) is not { } cellAmount)
        {
            return [];
        }

        // Without a description of its own, the channel's cell explains itself in brackets ("200,000 Việt Nam Đồng (…)").
        var others = AboutTheCell(string.IsNullOrWhiteSpace(description) ? column.Groups["note"].Value : description, cellAmount)
            .Where(c => c is { Until: null, Percent: null, Amount: { } amount } && amount != cellAmount)
            .Select(c => ShortDong().Replace(c.Text.TrimEnd('.', ';', ',').Trim(), "$1 đồng"))
            .ToList();
        return others.Count is > 0 and <= 2 && others.Sum(o => o.Length) <= maxLength ? others : [];
    }

    /// <summary>
    /// The clauses of a channel's description when it is about the cell's fee (it states the cell's amount, undated);
    /// empty otherwise. "500.000 đồng/hồ sơ (áp dụng mức phí 250.000 đồng/hồ sơ kể từ …)": a bracket is a clause of its own.
    /// </summary>
    private static List<Clause> AboutTheCell(string? description, long cellAmount)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return [];
        }

        var clauses = ReadClauses(description.Replace('(', ';').Replace(')', ';'));
        return clauses.Any(c => c.Amount == cellAmount && c.Until is null) ? clauses : [];
    }

    /// <summary>The charge a note names before its amount ("Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần"); null for a bare "Lệ phí:".</summary>
    public static string? LabelOf(string note) =>
        FeeLabel().Match(note) is { Success: true } match ? match.Groups["label"].Value.Trim() : null;

    /// <summary>What a channel's rules mean on <paramref name="today"/>: a dated amount in force, else the usual one, else free or the rule.</summary>
    public static FeeToday Evaluate(IEnumerable<FeeRule> rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules as IReadOnlyList<FeeRule> ?? rules.ToList();
        // Rules for another named case than the main one ("trường hợp cấp lại do bị mất") are not the channel's fee.
        var main = list.Where(r => r.Amount is not null).OrderBy(r => r.Case is null ? 0 : 1).ToList();
        var mainCase = main.FirstOrDefault()?.Case;
        main = main.Where(r => r.Case == mainCase).ToList();
        var usual = main.FirstOrDefault(r => r.Until is null && r.From is null);
        var dated = main.FirstOrDefault(r => r.Until is { } until && until >= today && (r.From is null || r.From <= today));
        // A dated amount in force wins and names the usual one it replaces.
        if ((dated ?? usual) is { } applies)
        {
            return new FeeToday(FeeKind.Amount)
            {
                Amount = applies.Amount!.Value,
                Currency = applies.Currency,
                Unit = applies.Unit,
                Until = applies.Until,
                Usual = dated is null ? null : usual?.Amount,
                OtherCases = usual?.OtherCases ?? false,
                SetLocally = applies.SetLocally,
                Label = applies.Label ?? usual?.Label,
                Case = applies.Case,
            };
        }

        // Only amounts whose period has ended ("áp dụng đến hết ngày 31/12/2023"): said as such, never as today's fee.
        if (main.Where(r => r.Until < today).MaxBy(r => r.Until) is { } ended && list.All(r => r.Free is false && r.Rule is null))
        {
            return new FeeToday(FeeKind.Expired)
            {
                Amount = ended.Amount!.Value,
                Currency = ended.Currency,
                Unit = ended.Unit,
                Until = ended.Until,
                Case = ended.Case,
                ExpiredCases = list.Where(r => r.Amount is not null && r.Case is not null && r.Case != ended.Case && r.Until == ended.Until).ToArray(),
            };
        }

        if (list.FirstOrDefault(r => r.Free) is { } free)
        {
            return free.Rule is { } note ? new FeeToday(FeeKind.Free) { Rule = note } : FeeToday.Free;
        }

        return list.FirstOrDefault(r => r.Rule is not null) is { Rule: { } words } rule
            ? new FeeToday(FeeKind.RuleOnly) { Rule = words, SetLocally = rule.SetLocally || NamesTheCouncil(words) }
            : FeeToday.Unknown;
    }

    /// <summary>Whether a "Miễn phí" note still speaks of a fee or of who sets one.</summary>
    private static bool NamesAFee(string note)
    {
        var folded = " " + VietnameseText.Fold(note) + " ";
        foreach (var none in NoFeeWords)
        {
            folded = folded.Replace(none, " ", StringComparison.Ordinal);
        }

        return RuleWords().IsMatch(folded);
    }

    /// <summary>Whether a rule's words say the provincial council (HĐND) sets the amount.</summary>
    public static bool NamesTheCouncil(string words) => SetLocally().IsMatch(VietnameseText.Fold(words));

    // The whole note: the reply shortens it at a sentence or clause boundary (FeeRuleWords); a cut here hid exemptions.
    private static string Quote(string note)
    {
        var text = note.TrimStart('-', '+', '*', ' ', '(').TrimEnd();
        // A closing bracket is the note's own only when it has no opening one: "(Thông tư số 64/2025/TT-BTC …)" keeps its end.
        while (text.EndsWith(')') && text.Count(c => c == ')') > text.Count(c => c == '('))
        {
            text = text[..^1].TrimEnd();
        }

        return text;
    }

    private static List<Clause> ReadClauses(string note)
    {
        var clauses = new List<Clause>();
        foreach (var part in ClauseBreak().Split(note))
        {
            var text = part.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var (from, until) = DateRange(text);
            var money = Money().Match(text);
            long? amount = null;
            string? unit = null;
            if (money.Success && Dong.Parse(money.Groups["n"].Value) is { } value)
            {
                amount = money.Groups["million"].Success ? value * 1_000_000 : value;
                unit = Unit(money.Groups["unit"].Value);
            }

            int? percent = null;
            if (Percent().Match(text) is { Success: true } share)
            {
                var p = int.Parse(share.Groups["p"].Value, CultureInfo.InvariantCulture);
                percent = share.Groups["cut"].Success ? 100 - p : p;
            }

            var folded = VietnameseText.Fold(text);
            var onlineOnly = folded.Contains("truc tuyen", StringComparison.Ordinal);
            var number = FirstNumber().Match(text);
            long? first = number.Success ? Dong.Parse(number.Groups["n"].Value) : null;
            string? lead = null;
            if (money.Success)
            {
                var before = text[..money.Index];
                var piece = before[(before.LastIndexOf(", ", StringComparison.Ordinal) + 1)..].Trim();
                lead = piece.EndsWith(':') && piece.Length > 6 ? piece.TrimEnd(':', ' ') : null;
            }

            clauses.Add(new Clause(text, amount, amount is < SmallestPlausibleDong ? null : unit, percent, from, until, onlineOnly, first, lead, number.Groups["unit"].Success ? Unit(number.Groups["unit"].Value) : null));
        }

        return clauses.Where(c => c.Amount is null or >= SmallestPlausibleDong).ToList();
    }

    private static (DateOnly? From, DateOnly? Until) DateRange(string text)
    {
        var match = Dates().Match(text);
        if (!match.Success)
        {
            return (null, null);
        }

        return (match.Groups["from"].Success ? ParseDate(match.Groups["from"].Value) : null, ParseDate(match.Groups["until"].Value));
    }

    private static DateOnly? ParseDate(string text)
    {
        var numbers = DateNumbers().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Length != 3 || numbers[1] is < 1 or > 12 || numbers[0] is < 1 or > 31 || numbers[2] is < 1990 or > 2100)
        {
            return null;
        }

        return DateOnly.TryParseExact($"{numbers[2]:D4}-{numbers[1]:D2}-{numbers[0]:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>"thẻ căn cước." → "thẻ căn cước"; stops at words that start a condition or a reference.</summary>
    private static string? Unit(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '“', '”', '"'))
            .TakeWhile(w => w.Length > 0 && !UnitStopWords.Contains(VietnameseText.Fold(w)))
            .Take(3)
            .ToArray();
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    /// <param name="FirstNumber">The first amount-like number the clause writes, with or without a currency ("160.000/hộ chiếu").</param>
    /// <param name="Lead">The words before the amount in its part of the clause when they end with a colon ("trường hợp cấp lại do bị mất").</param>
    private sealed record Clause(string Text, long? Amount, string? Unit, int? Percent, DateOnly? From, DateOnly? Until, bool OnlineOnly, long? FirstNumber = null, string? Lead = null, string? FirstUnit = null);

    /// <summary>
    /// The heading a note puts before the clause that states the amount ("- Đăng ký tạm trú theo danh sách: + Trường hợp
    /// công dân nộp hồ sơ trực tiếp thu 10.000 đồng/người/lần đăng ký"): the case the amount is for. Not a bare fee
    /// word ("Lệ phí:") nor a reference to a legal text ("Theo quy định tại Thông tư …:").
    /// </summary>
    /// <summary>
    /// A note that only says whom the cell's amount is for ("140,000 … (- Xe ô tô từ 10 chỗ trở lên)", "(đối với phương
    /// tiện quá cảnh đường thuỷ)"): one short clause without an amount, a date, a share or a reference.
    /// </summary>
    private static string? WholeNoteCase(string note, List<Clause> clauses)
    {
        if (clauses.Count != 1 || clauses[0] is not { Amount: null, Until: null, Percent: null, FirstNumber: null } only || note.StartsWith('/') || PerOne().IsMatch(note))
        {
            return null;
        }

        var words = ListLabel().Replace(only.Text.TrimStart('-', '+', '*', ' '), "").TrimEnd('.', ';', ':', ' ');
        var folded = VietnameseText.Fold(words);
        // A unit or a rate in other words ("10 USD/người", "đồng/lần", "lần cấp") is not a case.
        return words.Length > 80 || words.Split(' ').Length < 3 || words.Contains('/', StringComparison.Ordinal) || UnitWords().IsMatch(" " + folded + " ")
            || NotACase().IsMatch(folded) || RuleWords().IsMatch(" " + folded + " ") ? null : words;
    }

    private static string? CaseHeading(List<Clause> clauses, int stating)
    {
        if (stating < 1 || clauses[stating - 1] is not { Amount: null, Until: null, Percent: null } heading || !heading.Text.EndsWith(':'))
        {
            return null;
        }

        var words = ListLabel().Replace(heading.Text.TrimStart('-', '+', '*', ' '), "").TrimEnd(':', ' ');
        var folded = VietnameseText.Fold(words);
        return words.Length is < 6 or > 100 || NotACase().IsMatch(folded) ? null : words;
    }

    // "70,000 Việt Nam Đồng (note)", "Miễn phí (note)", "2,000 USD".
    [GeneratedRegex(@"^(?:(?<free>Miễn phí)|(?<n>\d[\d.,]*)\s*(?<cur>Việt Nam Đồng|VNĐ|Đồng|đồng|USD))\s*(?:\((?<note>.*)\))?\s*\.?$", RegexOptions.Singleline)]
    private static partial Regex Column();

    [GeneratedRegex(@"(?<=[.;])\s+(?=[-+*]?\s*\p{Lu})|;\s*|\s+[-+*]\s+|^\s*[-+*]\s+")]
    private static partial Regex ClauseBreak();

    // The unit may sit in brackets right after the currency: "2,000 Việt Nam Đồng (/trang)".
    [GeneratedRegex(@"(?<n>\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?<million>triệu\s*)?(?:đồng|Đồng|VNĐ|đ)(?!\p{L})(?:\s*/\s*(?<unit>[^()\d]{1,40})|\s*\(\s*/\s*(?<unit>[^()\d]{1,40})\))?")]
    private static partial Regex Money();

    [GeneratedRegex(@"(?:(?:bằng|áp dụng mức thu bằng)\s+(?<p>\d{1,3})\s*%|(?<cut>giảm)\s+(?<p>\d{1,3})\s*%)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?:(?:[Kk]ể\s+)?[Tt]ừ\s+ngày\s+(?<from>\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*\d{4})\s*,?\s*)?(?:đến\s+hết\s+ngày|đến\s+ngày)\s+(?<until>\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*\d{4})")]
    private static partial Regex Dates();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DateNumbers();

    // A charge's name of two words or more after "Phí"/"Lệ phí", then a colon, at the start of the note.
    [GeneratedRegex(@"^\s*[-+*]?\s*(?<label>(?:Lệ phí|Phí)\s+[^\s:;()\d][^:;()\d]{2,80}?)\s*:")]
    private static partial Regex FeeLabel();

    // "400.000đ" is written "400.000 đồng" to a citizen.
    [GeneratedRegex(@"(\d)\s*đ(?!\p{L})")]
    private static partial Regex ShortDong();

    // "Miễn lệ phí. Phí cấp bản sao …": the procedure itself is free; what follows is about extras. A note only about a
    // copy's charge ("Miễn phí (Phí cấp bản sao Trích lục … (nếu có yêu cầu) …)") is about an extra too.
    // "Miễn lệ phí đối với những trường hợp sau: …" exempts only those cases: not free for everyone.
    [GeneratedRegex(@"^(?:mien le phi|khong thu le phi|khong thu phi|mien phi)\b(?!\s+(?:doi voi|cho|trong|truong hop|cac truong hop|neu|khi)\b)|^phi cap ban sao\b")]
    private static partial Regex FreeNote();

    // "160.000/hộ chiếu": an amount-like number, with the unit it is per when one follows.
    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,3}(?:[.,]\d{3})+)(?![.,]?\d)(?:\s*(?:đồng|Đồng|VNĐ|đ)?\s*/\s*(?<unit>[^()\d,;:]{1,40}))?")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^(?:le phi|phi|muc phi|muc le phi|theo|thuc hien theo|can cu|thong tu|nghi dinh)\b|thong tu so|nghi dinh so|quy dinh tai")]
    private static partial Regex NotACase();

    [GeneratedRegex(@"\s(?:usd|dong|vnd)\s")]
    private static partial Regex UnitWords();

    // "200,000 Việt Nam Đồng (Trên 1 chứng chỉ)": the amount is per certificate, not for more than one.
    [GeneratedRegex(@"^\s*(?:trên|mỗi|cho)\s+(?:1|01|một)\s+(?<unit>[^()\d.;,]{2,40}?)\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PerOne();

    // "a) ", "(b) ", "2. " before a heading.
    [GeneratedRegex(@"^\(?(?:[a-zđ]|\d{1,2})[).]\s+")]
    private static partial Regex ListLabel();

    // A note that only names the law the fee follows ("Theo quy định của Luật phí và lệ phí …", "theo quy định của pháp
    // luật về phí, lệ phí"), not who sets an amount or what it is.
    [GeneratedRegex(@"^theo quy dinh cua (?:luat phi va le phi|phap luat ve phi,? le phi)\b")]
    private static partial Regex LegalReference();

    [GeneratedRegex(@"hoi dong nhan dan|hdnd")]
    private static partial Regex SetLocally();

    [GeneratedRegex(@"\s(?:phi|le phi|hoi dong nhan dan|hdnd|thong tu|nghi dinh|quy dinh|luat|uy ban nhan dan)\s")]
    private static partial Regex RuleWords();
}
