using System.Runtime.CompilerServices;
using System.Text;
using Bot.Conversation;
using Bot.Rendering;
using Bot.Templates;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace Bot.Answers;

/// <summary>
/// Builds the extractive answer for one aspect of one procedure from the procedure's own channels table and
/// sections. It only ever copies catalogue text: when the catalogue is silent the answer says so.
/// </summary>
public sealed class AnswerComposer
{
    private const int MaxItems = 8;
    private const int MaxItemLength = 320;
    private const int MaxTextLength = 900;
    private const int MaxSpeakLength = 220;

    private static readonly int AspectCount = Enum.GetValues<Aspect>().Length;

    private readonly TemplateCatalog _templates;

    // An answer depends only on the procedure and the aspect, and popular procedures are asked about all day:
    // each is composed once. Keyed by the procedure instance, so a rebuilt index starts afresh.
    private readonly ConditionalWeakTable<Procedure, ComposedAnswer?[]> _composed = [];

    public AnswerComposer(TemplateCatalog templates) => _templates = templates;

    public ComposedAnswer Compose(Procedure procedure, Aspect aspect)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var answers = _composed.GetValue(procedure, static _ => new ComposedAnswer?[AspectCount]);
        var slot = (int)aspect;
        if ((uint)slot >= (uint)answers.Length)
        {
            return ComposeNew(procedure, aspect);
        }

        // Two turns racing here compose the same answer; either copy is fine.
        return Volatile.Read(ref answers[slot]) ?? (answers[slot] = ComposeNew(procedure, aspect));
    }

    private ComposedAnswer ComposeNew(Procedure procedure, Aspect aspect)
    {
        var body = new List<string>();
        var sections = new List<SectionKind>();
        switch (aspect)
        {
            case Aspect.Fee:
                ChannelValues(body, sections, procedure, c => c.Fee, SectionKind.Fees, "fee_title", "fee_missing");
                break;
            case Aspect.Time:
                ChannelValues(body, sections, procedure, c => UsableTime(c.Time), SectionKind.ProcessingTime, "time_title", "time_missing");
                break;
            case Aspect.Documents:
                SectionList(body, sections, procedure, SectionKind.Documents, "documents_title", "documents_missing");
                break;
            case Aspect.Steps:
                SectionList(body, sections, procedure, SectionKind.Steps, "steps_title", "steps_missing");
                break;
            case Aspect.LegalBasis:
                SectionList(body, sections, procedure, SectionKind.LegalBasis, "legal_title", "legal_missing");
                break;
            case Aspect.Result:
                SectionList(body, sections, procedure, SectionKind.Result, "result_title", "result_missing");
                break;
            case Aspect.Where:
                Where(body, sections, procedure);
                break;
            case Aspect.Eligibility:
                Eligibility(body, sections, procedure);
                break;
            case Aspect.Online:
                Online(body, sections, procedure);
                break;
            default:
                Overview(body, sections, procedure);
                break;
        }

        var markdown = new StringBuilder();
        markdown.Append(_templates.Format("header", ("name", procedure.Name), ("code", procedure.Code), ("level", LevelText(procedure))));
        if (!IsMissing(procedure.Audience))
        {
            // Editors write it where the name alone misleads (a police-family card named like the citizens' one).
            markdown.Append("\n\n").Append(_templates.Format("audience", ("audience", procedure.Audience!.Trim())));
        }

        foreach (var paragraph in body)
        {
            markdown.Append("\n\n").Append(paragraph);
        }

        markdown.Append("\n\n").Append(IsMissing(procedure.SourceUrl)
            ? _templates["source_missing"]
            : _templates.Format("source", ("url", procedure.SourceUrl!.Trim())));
        return new(markdown.ToString(), Speak(procedure, aspect, body), procedure, aspect, sections);
    }

    public string LevelText(Procedure procedure)
    {
        var levels = ProcedureLevels.Of(procedure);
        return levels.Count == 0 ? _templates["level_unknown"] : string.Join(", ", levels);
    }

    /// <summary>The portal writes "Không có thông tin" where it has nothing: that is no information, not an answer.</summary>
    public static bool IsMissing(string? value) =>
        string.IsNullOrWhiteSpace(value) || VietnameseText.Fold(value) is "khong co thong tin" or "khong" or "khong co";

    public static bool HasOnlineChannel(Procedure procedure) =>
        procedure.Channels.Any(c => VietnameseText.Fold(c.Channel).Contains("truc tuyen", StringComparison.Ordinal));

    private void ChannelValues(List<string> body, List<SectionKind> sections, Procedure procedure,
        Func<ProcedureChannel, string?> value, SectionKind fallback, string title, string missing)
    {
        var lines = procedure.Channels
            .Where(c => !IsMissing(value(c)))
            .Select(c => "- " + _templates.Format("channel_line", ("channel", c.Channel), ("value", Clip(value(c)!.Trim(), MaxItemLength))))
            .ToList();
        if (lines.Count > 0)
        {
            sections.Add(SectionKind.Channels);
            body.Add(_templates[title] + "\n\n" + string.Join('\n', lines));
            return;
        }

        SectionList(body, sections, procedure, fallback, title, missing);
    }

    private void SectionList(List<string> body, List<SectionKind> sections, Procedure procedure, SectionKind kind, string title, string missing)
    {
        var section = procedure.GetSection(kind);
        var content = section is null ? null : SectionContent(section);
        if (content is null)
        {
            body.Add(_templates[missing]);
            return;
        }

        sections.Add(kind);
        body.Add(_templates[title] + "\n\n" + content);
    }

    private string? SectionContent(ProcedureSection section)
    {
        var items = section.Items.Where(i => !IsMissing(i) && (section.Kind != SectionKind.ProcessingTime || UsableTime(i) is not null)).ToList();
        if (items.Count > 0)
        {
            var lines = items.Take(MaxItems).Select(i => "- " + Clip(OneLine(i), MaxItemLength)).ToList();
            if (items.Count > MaxItems)
            {
                lines.Add(_templates.Format("more_items", ("count", (items.Count - MaxItems).ToString())));
            }

            return string.Join('\n', lines);
        }

        if (section.Kind == SectionKind.ProcessingTime && section.Items.Count > 0)
        {
            return null;
        }

        return IsMissing(section.Text) ? null : Clip(section.Text.Trim(), MaxTextLength);
    }

    /// <summary>
    /// A processing time the citizen can use. The crawl lost the unit of some times ("1" alone): a bare number is not
    /// a time, so it is treated as not recorded rather than guessed as days.
    /// </summary>
    public static string? UsableTime(string? value)
    {
        if (IsMissing(value))
        {
            return null;
        }

        var afterChannel = value!.Contains(':', StringComparison.Ordinal) ? value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..] : value;
        return afterChannel.Any(char.IsLetter) ? value : null;
    }

    private void Where(List<string> body, List<SectionKind> sections, Procedure procedure)
    {
        var section = procedure.GetSection(SectionKind.Agency);
        var content = section is null ? null : SectionContent(section);
        if (content is not null)
        {
            sections.Add(SectionKind.Agency);
        }
        else if (!IsMissing(procedure.Agency))
        {
            content = procedure.Agency!.Trim();
        }

        body.Add(content is null ? _templates["where_missing"] : _templates["where_title"] + "\n\n" + content);
        body.Add(_templates.Format("where_levels", ("level", LevelText(procedure))));
    }

    private void Eligibility(List<string> body, List<SectionKind> sections, Procedure procedure)
    {
        var applicants = procedure.GetSection(SectionKind.Applicants) is { } a ? SectionContent(a) : null;
        if (applicants is not null)
        {
            sections.Add(SectionKind.Applicants);
        }
        else if (!IsMissing(procedure.Applicant))
        {
            applicants = procedure.Applicant!.Trim();
        }

        if (applicants is not null)
        {
            body.Add(_templates["eligibility_title"] + "\n\n" + applicants);
        }

        var requirements = procedure.GetSection(SectionKind.Requirements) is { } r ? SectionContent(r) : null;
        if (requirements is not null)
        {
            sections.Add(SectionKind.Requirements);
            body.Add(_templates["requirements_title"] + "\n\n" + requirements);
        }
        else
        {
            body.Add(_templates["eligibility_missing"]);
        }
    }

    private void Online(List<string> body, List<SectionKind> sections, Procedure procedure)
    {
        body.Add(HasOnlineChannel(procedure) ? _templates["online_yes"] : _templates["online_no"]);
        if (procedure.Channels.Count == 0)
        {
            return;
        }

        sections.Add(SectionKind.Channels);
        var lines = procedure.Channels.Select(c =>
        {
            var details = string.Join("; ", new[] { c.Time, c.Fee }.Where(v => !IsMissing(v)).Select(v => v!.Trim()));
            return "- " + (details.Length == 0 ? c.Channel : _templates.Format("channel_line", ("channel", c.Channel), ("value", details)));
        });
        body.Add(_templates["online_channels"] + "\n\n" + string.Join('\n', lines));
    }

    private void Overview(List<string> body, List<SectionKind> sections, Procedure procedure)
    {
        var field = IsMissing(procedure.Field) ? "" : _templates.Format("overview_field", ("field", procedure.Field!.Trim()));
        var lines = new List<string> { _templates.Format("overview_intro", ("level", LevelText(procedure)), ("field", field)) };
        var time = Summarize(procedure, c => UsableTime(c.Time), SectionKind.ProcessingTime);
        if (time is not null)
        {
            lines.Add(_templates.Format("overview_time", ("value", time)));
        }

        var fee = Summarize(procedure, c => c.Fee, SectionKind.Fees);
        if (fee is not null)
        {
            lines.Add(_templates.Format("overview_fee", ("value", fee)));
        }

        var documents = procedure.GetSection(SectionKind.Documents)?.Items.Count(i => !IsMissing(i)) ?? 0;
        if (documents > 0)
        {
            sections.Add(SectionKind.Documents);
            lines.Add(_templates.Format("overview_documents", ("count", documents.ToString())));
        }

        if (HasOnlineChannel(procedure))
        {
            lines.Add(_templates["overview_online"]);
        }

        sections.Add(SectionKind.Channels);
        body.Add(string.Join('\n', lines.Select(l => "- " + l)));
        body.Add(_templates["overview_more"]);
    }

    /// <summary>One line for the overview: a single value when every channel agrees, else "channel: value" pairs.</summary>
    private static string? Summarize(Procedure procedure, Func<ProcedureChannel, string?> value, SectionKind fallback)
    {
        var known = procedure.Channels.Where(c => !IsMissing(value(c))).Select(c => (c.Channel, Value: value(c)!.Trim())).ToList();
        if (known.Count > 0)
        {
            return known.Select(k => k.Value).Distinct().Count() == 1 && known.Count == procedure.Channels.Count
                ? known[0].Value
                : string.Join("; ", known.Select(k => $"{k.Channel}: {k.Value}"));
        }

        var section = procedure.GetSection(fallback);
        if (section is null)
        {
            return null;
        }

        var item = section.Items.FirstOrDefault(i => !IsMissing(i) && (fallback != SectionKind.ProcessingTime || UsableTime(i) is not null));
        var text = item ?? (IsMissing(section.Text) || section.Items.Count > 0 ? null : section.Text);
        return text is null ? null : Clip(OneLine(text), 160);
    }

    private string Speak(Procedure procedure, Aspect aspect, List<string> body)
    {
        // Voice gets the first fact without markup: the procedure name and the first line of the answer body.
        var first = body.SelectMany(p => p.Split('\n'))
            .Select(l => PlainText.FromMarkdownLine(l))
            .FirstOrDefault(l => l.Length > 0 && !l.EndsWith(':'));
        if (aspect == Aspect.Online)
        {
            first = _templates.Format(HasOnlineChannel(procedure) ? "online_speak_yes" : "online_speak_no", ("name", procedure.Name));
            return Clip(first, MaxSpeakLength);
        }

        return Clip(_templates.Format("speak_answer", ("name", procedure.Name), ("summary", first ?? "")).Trim(), MaxSpeakLength);
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));

    internal static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }
}
