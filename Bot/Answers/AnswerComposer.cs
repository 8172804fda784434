using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Conversation;
using Bot.Rendering;
using Bot.Templates;
using KnowledgeBase.Facts;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace Bot.Answers;

/// <summary>
/// The extractive answer about one procedure: the procedure's name and the fact asked on the first line, every other
/// aspect the citizen asked on its own short line, then the source. Facts come only from the record (see
/// KnowledgeBase.Facts); when the catalogue is silent the answer says so. Fees are read for today, in Hanoi.
/// </summary>
public sealed partial class AnswerComposer
{
    private const int MaxSpeakLength = 220;
    private const int MaxListedItems = 4;
    private const int MaxItemLength = 160;

    // The overview's papers line names each paper by the start of its name.
    private const int MaxOverviewPaperLength = 70;

    // The overview's fee line quotes a rule's words (an exemption) in about one phone line.
    private const int MaxOverviewRuleLength = 70;
    private const int MaxSometimesPapers = 2;
    private const int MaxStepLengthBesideOthers = 70;
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    private readonly TemplateCatalog _templates;
    private readonly FactPhrases _facts;
    private readonly TimeProvider _time;

    // An answer depends on the procedure, the aspects asked and the day (fees change on dated reductions); popular
    // procedures are asked about all day, so each is composed once a day. Keyed by the procedure instance, so a
    // rebuilt index starts afresh.
    private readonly ConditionalWeakTable<Procedure, ConcurrentDictionary<long, ComposedAnswer>> _composed = [];

    // Twenty bits sit between the aspects and the day in a composed answer's key.
    private const int MaxWindowKey = (1 << 20) - 1;
    private const int MaxFeeCaseKey = (1 << 4) - 1;

    public AnswerComposer(TemplateCatalog templates, TimeProvider time)
    {
        _templates = templates;
        _time = time;
        _facts = new FactPhrases(templates);
        // The "… và {count} mục khác" line as the template words it, to update its count when a list is cut further.
        _moreItems = new Regex(
            "^" + Regex.Escape(templates["more_items"]).Replace(Regex.Escape("{count}"), "(?<count>\\d+)", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant);
    }

    private readonly Regex _moreItems;

    public DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().ToOffset(Hanoi).DateTime);

    public ComposedAnswer Compose(Procedure procedure, Aspect aspect) => Compose(procedure, [aspect]);

    /// <param name="procedure">The procedure answered.</param>
    /// <param name="aspects">What was asked; none is the overview.</param>
    /// <param name="situation">What the citizen wrote: a case of the documents they describe is the one listed.</param>
    /// <param name="message">The message being answered, when <paramref name="situation"/> also holds earlier ones: the case it names comes first.</param>
    public ComposedAnswer Compose(Procedure procedure, IReadOnlyList<Aspect> aspects, string? situation = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(aspects);
        var today = Today;
        // Asked the fee of a declaration of a tax or a charge, the citizen asks the charge (see DeclaredCharges).
        var asked = aspects.Select(a => a == Aspect.Fee && DeclaredCharges.AskedFor(procedure, situation) ? Aspect.Amount : a).Distinct().ToArray();
        var mask = asked.Aggregate(0L, (m, a) => m | (1L << (int)a));
        var described = CoreDocuments.DescribedCaseOf(procedure, situation);
        var window = FactPhrases.WindowOf(procedure, situation);
        // "thi bằng lái ô tô hết bao nhiêu": the car's amounts of a note that lists them beside the motorbike's.
        var feeCase = asked.Contains(Aspect.Fee)
            ? Math.Min(FeeCases.NamedBy(procedure, message) is var own and >= 0 ? own : FeeCases.NamedBy(procedure, situation), MaxFeeCaseKey - 1)
            : -1;
        // Aspects in the low bits, the part of a long name shown (a character offset) above them, then the day and the case.
        var key = mask | ((long)Math.Min(window + 1, MaxWindowKey) << 12) | ((long)today.DayNumber << 32) | ((long)(feeCase + 1) << 52) | ((long)(described + 1) << 56);
        if (situation is not null && CoreDocuments.VaryWithAge(procedure) && AgeLimits.StatedAge(situation) is not null)
        {
            // "con em 8 tuổi": the child's form and papers; rare enough to compose each time rather than key by age.
            return ComposeNew(procedure, asked.Length == 0 ? [Aspect.Overview] : asked, today, situation, window, feeCase);
        }

        var answers = _composed.GetValue(procedure, static _ => new ConcurrentDictionary<long, ComposedAnswer>());
        if (answers.TryGetValue(key, out var known))
        {
            return known;
        }

        if (answers.Count > 64)
        {
            // Yesterday's answers (and rare combinations) go; the next request composes them again.
            answers.Clear();
        }

        return answers[key] = ComposeNew(procedure, asked.Length == 0 ? [Aspect.Overview] : asked, today, described < 0 ? null : situation, window, feeCase);
    }

    /// <summary>
    /// The record's own sentence for a question no fact answers, quoted with the section it stands in: "về ý bạn hỏi,
    /// mục «Yêu cầu, điều kiện» ghi: “…”", then the source.
    /// </summary>
    public ComposedAnswer Quote(Procedure procedure, string heading, string sentence)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var name = FactPhrases.ShortName(procedure);
        var line = _templates.Format("quote_line", ("name", name), ("heading", heading), ("sentence", sentence));
        var speak = TextClip.Clip(PlainText.FromMarkdownLine(name + ": " + sentence), MaxSpeakLength);
        return new ComposedAnswer(line + "\n\n" + Footer(procedure), speak, procedure, Aspect.Overview, []) { Facts = sentence };
    }

    private string Footer(Procedure procedure) => _templates.Format(
        IsMissing(procedure.SourceUrl) ? "footer_no_source" : "footer",
        ("code", procedure.Code),
        ("level", LevelText(procedure)),
        ("url", procedure.SourceUrl?.Trim() ?? ""));

    public string LevelText(Procedure procedure)
    {
        var levels = ProcedureLevels.Of(procedure);
        return levels.Count == 0 ? _templates["level_unknown"] : string.Join(", ", levels);
    }

    // About one phone screen of text (390 px wide), the length a first answer should fit in.
    private const int PhoneScreen = 700;

    private ComposedAnswer ComposeNew(Procedure procedure, IReadOnlyList<Aspect> asked, DateOnly today, string? situation, int window, int feeCase)
    {
        // "Nộp ở đâu, online được không": the place already says whether it can be done online.
        var aspects = asked.Contains(Aspect.Where) ? asked.Where(a => a != Aspect.Online).ToList() : asked.ToList();
        if (aspects.Contains(Aspect.Deadline) && aspects.Contains(Aspect.Time) && StatedDeadlines.ForCitizen(procedure) is null)
        {
            // "hạn chót là khi nào": with no deadline stated, the deadline's line already gives the processing time.
            aspects.Remove(Aspect.Time);
        }

        if (aspects.Contains(Aspect.Amount))
        {
            // "được hỗ trợ tối đa bao nhiêu": the amount's line already says what filing costs.
            aspects.Remove(Aspect.Fee);
        }

        var sections = new List<SectionKind>();
        var blocks = aspects.Select(a => BlockFor(procedure, a, aspects, today, sections, situation, feeCase)).ToList();
        var name = FactPhrases.ShortName(procedure, window: window);
        // Past one phone screen, the line listing what else can be asked goes (the buttons under the answer say it), then
        // a long list keeps its first items and says how many more the source page holds.
        var text = WithoutMoreLineIfLong(Render(procedure, name, blocks));
        var (cut, cutText) = (blocks, text);
        while (cutText.Length > PhoneScreen && Shortened(cut) is { } shorter)
        {
            cut = shorter;
            cutText = WithoutMoreLineIfLong(Render(procedure, name, cut));
        }

        // Items are given up only for an answer that then fits: one still too long keeps them all.
        if (cutText.Length <= PhoneScreen)
        {
            (blocks, text) = (cut, cutText);
        }

        var speak = TextClip.Clip(PlainText.FromMarkdownLine(name + ": " + blocks[0].Phrase), MaxSpeakLength);
        var facts = string.Join("\n", blocks.Select(b => b.Phrase).Concat(blocks.SelectMany(b => b.Details)));
        return new ComposedAnswer(text, speak, procedure, aspects[0], sections) { Aspects = aspects, Facts = facts };
    }

    private string WithoutMoreLineIfLong(string text)
    {
        var more = "\n\n" + _templates["overview_more"];
        return text.Length > PhoneScreen ? text.Replace(more, "", StringComparison.Ordinal) : text;
    }

    // A list cut for the phone keeps at least this many items.
    private const int MinListedItems = 3;

    /// <summary>The blocks with the longest list one item shorter, or null when no list has items to spare.</summary>
    private List<Block>? Shortened(List<Block> blocks)
    {
        var longest = blocks.Select((b, i) => (Index: i, Items: b.Details.Count(IsListItem)))
            .Where(b => b.Items > MinListedItems).OrderByDescending(b => b.Items).FirstOrDefault();
        if (longest.Items == 0)
        {
            return null;
        }

        var details = blocks[longest.Index].Details.ToList();
        var last = details.FindLastIndex(IsListItem);
        details.RemoveAt(last);
        var counted = details.FindIndex(_moreItems.IsMatch);
        var dropped = 1 + (counted >= 0 ? int.Parse(_moreItems.Match(details[counted]).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
        var line = _templates.Format("more_items", ("count", dropped.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (counted >= 0)
        {
            details[counted] = line;
        }
        else
        {
            details.Insert(last, line);
        }

        var shorter = blocks.ToList();
        shorter[longest.Index] = blocks[longest.Index] with { Details = details };
        return shorter;
    }

    private static bool IsListItem(string detail) => detail.StartsWith("- ", StringComparison.Ordinal);

    private string Render(Procedure procedure, string name, List<Block> blocks)
    {
        var markdown = new StringBuilder();
        markdown.Append(_templates.Format("first_line", ("name", name), ("fact", blocks[0].Phrase)));
        AppendDetails(markdown, blocks[0]);
        foreach (var block in blocks.Skip(1))
        {
            markdown.Append("\n\n").Append(FactPhrases.Capitalize(block.Phrase));
            AppendDetails(markdown, block);
        }

        if (!IsMissing(procedure.Audience))
        {
            // Editors write it where the name alone misleads (a police-family card named like the citizens' one).
            markdown.Append("\n\n").Append(_templates.Format("audience", ("audience", procedure.Audience!.Trim())));
        }

        markdown.Append("\n\n").Append(Footer(procedure));
        return markdown.ToString();
    }

    private static void AppendDetails(StringBuilder markdown, Block block)
    {
        var inList = false;
        foreach (var detail in block.Details)
        {
            // A plain line straight after a list item would render as part of that item (Markdown's lazy continuation):
            // "Bạn có thể hỏi thêm…" inside the last bullet. A blank line ends the list.
            var item = ListItem().IsMatch(detail);
            markdown.Append(inList && !item ? "\n\n" : "\n").Append(detail);
            inList = item;
        }
    }

    [GeneratedRegex(@"\s*—\s*Mã:\s*\S+\s*$")]
    private static partial Regex ResultCode();

    [GeneratedRegex(@"^(?:[-*+] |\d{1,2}\. )")]
    private static partial Regex ListItem();

    private Block BlockFor(Procedure procedure, Aspect aspect, IReadOnlyList<Aspect> answered, DateOnly today, List<SectionKind> sections, string? situation, int feeCase)
    {
        sections.AddRange(AspectCatalog.Instance[aspect].Sections.Where(s => !sections.Contains(s)));
        switch (aspect)
        {
            case Aspect.Fee:
                return new(FactPhrases.EndSentence(_facts.Fee(procedure, today, namedCase: feeCase)));
            case Aspect.Time:
                return new(FactPhrases.EndSentence(_facts.TimeOrMissing(procedure)));
            case Aspect.Deadline:
                return new(FactPhrases.EndSentence(_facts.Deadline(procedure)));
            case Aspect.Where:
                return new(_facts.Where(procedure, LevelText(procedure).ToLowerInvariant()) + ". " + FactPhrases.Capitalize(_facts.Online(procedure)) + "." + OtherLevels(procedure));
            case Aspect.Online:
                return new(_facts.Online(procedure) + ". " + FactPhrases.Capitalize(_facts.Where(procedure, LevelText(procedure).ToLowerInvariant())) + ".");
            case Aspect.Documents:
                return Documents(procedure, situation);
            case Aspect.Steps:
                return Steps(procedure, answered, situation);
            case Aspect.Eligibility:
                return Listed(procedure, SectionKind.Requirements, "eligibility_title", "eligibility_missing", procedure.Applicant);
            case Aspect.LegalBasis:
                return Listed(procedure, SectionKind.LegalBasis, "legal_title", "legal_missing", null);
            case Aspect.Result:
                return Listed(procedure, SectionKind.Result, "result_title", "result_missing", null);
            case Aspect.Amount:
                return new(FactPhrases.EndSentence(DeclaredCharges.ChargeOf(procedure) is { } charge
                    ? _templates.Format("charge_not_listed", ("charge", charge), ("fee", _facts.Fee(procedure, today)))
                    : _templates.Format("amount_not_listed", ("fee", _facts.Fee(procedure, today)))));
            default:
                return Overview(procedure, today, situation);
        }
    }

    private Block Overview(Procedure procedure, DateOnly today, string? situation)
    {
        // The first line says where to go; the other facts a citizen asks first follow, one line each.
        var details = new List<string> { "- " + FactPhrases.Capitalize(_facts.Online(procedure)) + "." };
        if (_facts.Time(procedure, conditional: false) is { } time)
        {
            details.Add("- " + FactPhrases.Capitalize(time) + ".");
        }

        details.Add("- " + FactPhrases.EndSentence(FactPhrases.Capitalize(_facts.Fee(procedure, today, MaxOverviewRuleLength))));
        if (PapersLine(procedure, situation) is { } papers)
        {
            details.Add("- " + papers);
        }

        details.Add(_templates["overview_more"]);
        return new(_facts.Where(procedure, LevelText(procedure).ToLowerInvariant()) + ".", details);
    }

    /// <summary>"Giấy tờ chính: …" with the first two core papers; null when the record lists none.</summary>
    private string? PapersLine(Procedure procedure, string? situation)
    {
        var papers = CoreDocuments.Of(procedure, situation).Papers;
        if (papers.Count == 0)
        {
            return null;
        }

        // A line, not a list: each paper by the start of its name, so the overview still fits a phone screen.
        var shown = string.Join("; ", papers.Take(2).Select(p => TextClip.Clip(p, MaxOverviewPaperLength)));
        return _templates.Format("overview_documents", ("papers", shown + (papers.Count > 2 && !shown.EndsWith('…') ? "…" : "")));
    }

    private Block Documents(Procedure procedure, string? situation)
    {
        var documents = CoreDocuments.Of(procedure, situation);
        if (documents.Papers.Count == 0)
        {
            return new(_templates["documents_missing"]);
        }

        var details = documents.Papers.Select(p => "- " + p).ToList();
        if (documents.SometimesNeeded.Count > 0)
        {
            // Two are enough to show the kind; the rest are on the procedure's page.
            var sometimes = string.Join("; ", documents.SometimesNeeded.Take(MaxSometimesPapers));
            sometimes += documents.SometimesNeeded.Count > MaxSometimesPapers && !sometimes.EndsWith('…') ? "…" : "";
            details.Add(FactPhrases.EndSentence(_templates.Format("documents_sometimes", ("papers", sometimes))));
        }

        if (documents.OtherCases.Count > 0)
        {
            var shown = string.Join("; ", documents.OtherCases.Take(2));
            details.Add(_templates.Format("documents_other_cases", ("cases", shown + (documents.OtherCases.Count > 2 && !shown.EndsWith('…') ? "…" : ""))));
        }

        return documents.MainCase is { } mainCase
            ? new(_templates.Format("documents_title_case", ("case", FactPhrases.Uncapitalize(mainCase))), details)
            : new(_templates["documents_title"], details);
    }

    /// <param name="answered">Every aspect of the reply: papers or a place it lists in their own block are not repeated under the steps.</param>
    private Block Steps(Procedure procedure, IReadOnlyList<Aspect> answered, string? situation)
    {
        var steps = ProcedureSteps.Of(procedure);
        // Beside other facts, each step by its start: the whole reply still fits a phone screen.
        var details = steps.Select((s, i) => $"{i + 1}. {(answered.Count > 1 ? TextClip.Clip(s, MaxStepLengthBesideOthers) : s)}").ToList();
        // "Cần làm gì": the papers to bring and the place belong to what to do.
        if (!answered.Contains(Aspect.Documents) && PapersLine(procedure, situation) is { } papers)
        {
            details.Add(papers);
        }

        if (!answered.Contains(Aspect.Where) && !answered.Contains(Aspect.Online))
        {
            details.Add(FactPhrases.Capitalize(_facts.Where(procedure, LevelText(procedure).ToLowerInvariant())) + ".");
        }

        // Without steps, the papers and the place are still what the citizen does.
        return new(steps.Count == 0 ? _templates["steps_missing"] : _templates["steps_title"], details);
    }

    private const int MaxApplicantTypes = 3;

    private Block Listed(Procedure procedure, SectionKind kind, string title, string missing, string? lead)
    {
        var section = procedure.GetSection(kind);
        // The catalogue's result codes ("— Mã: KQ.G24.000053") mean nothing to a citizen; an item that is only a code
        // behind "..." says nothing at all.
        var items = section is null ? [] : SectionLines.Of(section).Where(i => !IsMissing(i))
            .Select(i => ResultCode().Replace(OneLine(i), "").Trim())
            .Where(i => i.Any(char.IsLetterOrDigit))
            .ToList();
        var details = new List<string>();
        // The portal's applicant types ("Doanh nghiệp Việt Nam, Tổ chức …, Công dân Việt Nam, Đảng viên, …") tell a
        // citizen who may apply only when they are few; a long list of every type says nothing about their case.
        if (!IsMissing(lead) && lead!.Split(',').Length <= MaxApplicantTypes)
        {
            details.Add("- " + _templates.Format("applicants", ("applicants", TextClip.Clip(lead.Trim(), MaxItemLength))));
        }

        details.AddRange(items.Take(MaxListedItems).Select(i => "- " + TextClip.Clip(i, MaxItemLength)));
        if (items.Count > MaxListedItems)
        {
            details.Add(_templates.Format("more_items", ("count", (items.Count - MaxListedItems).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return details.Count == 0 ? new(_templates[missing]) : new(_templates[title], details);
    }

    /// <summary>One line naming the family's other levels, so a citizen knows they can go there instead.</summary>
    private string OtherLevels(Procedure procedure)
    {
        if (procedure.Family is not { } family)
        {
            return "";
        }

        var own = ProcedureLevels.MostLocal(procedure);
        var others = family.Members.Where(m => m.Code != procedure.Code && !m.OnlineOnly && m.Level.Length > 0 && m.Level != own)
            .Select(m => m.Level.ToLowerInvariant()).Distinct().ToList();
        return others.Count == 0 ? "" : " " + _templates.Format("other_levels", ("levels", string.Join(", ", others)));
    }

    /// <summary>The portal writes "Không có thông tin" where it has nothing: that is no information, not an answer.</summary>
    public static bool IsMissing(string? value) =>
        string.IsNullOrWhiteSpace(value) || VietnameseText.Fold(value) is "khong co thong tin" or "khong" or "khong co";

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));

    internal static string Clip(string text, int max) => TextClip.Clip(text, max);

    /// <summary>An aspect's phrase (continuing the first line, or its own line) and the lines under it.</summary>
    private sealed record Block(string Phrase, IReadOnlyList<string> Details)
    {
        public Block(string phrase)
            : this(phrase, [])
        {
        }
    }
}
