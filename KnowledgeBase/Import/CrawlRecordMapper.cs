using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Import;

/// <summary>How a flattened table came out of the import.</summary>
public enum TableOutcome
{
    /// <summary>Rows recovered with confidence.</summary>
    Parsed,

    /// <summary>The portal had no data ("Không có thông tin" or an empty table).</summary>
    NoData,

    /// <summary>Could not be split with confidence: the original text is kept as a paragraph.</summary>
    KeptOriginal,
}

/// <summary>A mapped procedure and how each flattened table was handled, for the import summary.</summary>
public sealed record ImportedProcedure(Procedure Procedure, TableOutcome Channels, TableOutcome Documents, TableOutcome LegalBasis)
{
    public bool HasUnparsedTable =>
        Channels == TableOutcome.KeptOriginal || Documents == TableOutcome.KeptOriginal || LegalBasis == TableOutcome.KeptOriginal;
}

/// <summary>Maps one crawl record to a <see cref="Procedure"/> with every fixed section, never inventing content.</summary>
public static partial class CrawlRecordMapper
{
    private const string Dash = " — ";

    /// <exception cref="FormatException">The record has no code or no name.</exception>
    public static ImportedProcedure Map(CrawlRecord record, string ministryFolder, DateOnly updated)
    {
        ArgumentNullException.ThrowIfNull(record);
        var code = CrawlText.Collapse(record.Code);
        var name = CrawlText.Collapse(record.Name);
        if (code.Length == 0 || name.Length == 0)
        {
            throw new FormatException("record has no 'ma_thu_tuc' or no 'ten_thu_tuc'");
        }

        var channels = ChannelTableParser.Parse(record.ChannelTable);
        var (steps, documentTable) = MisplitSections.Repair(record);
        var documents = DocumentTableParser.Parse(documentTable);
        var legal = LegalBasisParser.Parse(record.LegalBasisTable);
        var agency = AgencyName(record.ExecutingAgency) ?? AgencyName(record.CompetentAgency);

        var sections = new List<ProcedureSection>
        {
            Section(SectionKind.Steps, FreeTextOrNoData(steps)),
            // A channel without a description is still a channel: list it by name alone.
            Section(SectionKind.Channels, ChannelsMarkdown(channels, row => row.Description, missing: null)),
            Section(SectionKind.Documents, DocumentsMarkdown(documents)),
            Section(SectionKind.ProcessingTime, ChannelsMarkdown(channels, row => row.Time, CrawlText.NoDataSentence)),
            Section(SectionKind.Fees, ChannelsMarkdown(channels, FeeCell, CrawlText.NoDataSentence)),
            Section(SectionKind.Applicants, FreeTextOrNoData(record.Applicants)),
            Section(SectionKind.Agency, AgencyMarkdown(record)),
            Section(SectionKind.Requirements, FreeTextOrNoData(record.Requirements)),
            Section(SectionKind.Result, ResultMarkdown(ResultParser.Parse(record.Result))),
            Section(SectionKind.LegalBasis, LegalBasisMarkdown(legal)),
        };

        var procedure = new Procedure
        {
            Code = code,
            Name = name,
            Levels = (record.Levels ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(CrawlText.Collapse).Where(l => !CrawlText.IsNoData(l)).ToArray(),
            Ministry = Ministries.FromFolder(ministryFolder),
            Field = Value(record.Field),
            Agency = agency,
            Applicant = Value(record.Applicants),
            SourceUrl = Value(record.DetailUrl),
            Decision = Value(record.Decision),
            ProcedureType = Value(record.ProcedureType),
            Updated = updated,
            Channels = channels.Parsed ? channels.Rows.Select(r => r.ToChannel()).ToArray() : [],
            Sections = sections,
        };

        return new ImportedProcedure(procedure, Outcome(channels.Parsed, channels.IsEmpty),
            Outcome(documents.Parsed, documents.IsEmpty), Outcome(legal.Parsed, legal.IsEmpty));
    }

    private static TableOutcome Outcome(bool parsed, bool empty) =>
        !parsed ? TableOutcome.KeptOriginal : empty ? TableOutcome.NoData : TableOutcome.Parsed;

    /// <summary>
    /// An agency's name without the portal's internal suffix on renamed agencies ("Tòa án nhân dân_old"), which a
    /// citizen would read as part of the name.
    /// </summary>
    private static string? AgencyName(string? value) =>
        Value(value) is { } name ? OldSuffix().Replace(name, "") : null;

    [GeneratedRegex(@"_old\b")]
    private static partial Regex OldSuffix();

    private static string? Value(string? value)
    {
        var text = CrawlText.Collapse(CrawlText.StripPortalUi(value));
        return CrawlText.IsNoData(text) ? null : text;
    }

    private static ProcedureSection Section(SectionKind kind, string markdown) => new()
    {
        Kind = kind,
        Heading = SectionHeadings.HeadingOf(kind),
        Markdown = markdown,
        Text = markdown,
    };

    private static string FreeTextOrNoData(string? value)
    {
        var text = CrawlText.StripPortalUi(value);
        return CrawlText.IsNoData(text) ? CrawlText.NoDataSentence : MarkdownText.FreeText(text);
    }

    private static string ChannelsMarkdown(ChannelTable table, Func<ChannelRow, string?> cell, string? missing)
    {
        if (!table.Parsed)
        {
            return MarkdownText.FreeText(table.OriginalText);
        }

        if (table.Rows.Count == 0)
        {
            return CrawlText.NoDataSentence;
        }

        return string.Join('\n', table.Rows.Select(row =>
        {
            var value = cell(row) ?? missing;
            return MarkdownText.ListItem(value is null ? row.Channel : row.Channel + ": " + value);
        }));
    }

    private static string? FeeCell(ChannelRow row)
    {
        var mentions = row.FeeMentions;
        if (mentions.Count == 0)
        {
            return row.Fee;
        }

        // The fee column and the description can disagree; show both, each as the portal wrote it.
        return (row.Fee ?? CrawlText.NoDataSentence) + " Mô tả: " + string.Join(" ", mentions);
    }

    private static string DocumentsMarkdown(DocumentTable table)
    {
        if (!table.Parsed)
        {
            return MarkdownText.FreeText(table.OriginalText);
        }

        if (table.Groups.Count == 0)
        {
            return CrawlText.NoDataSentence;
        }

        var blocks = new List<string>();
        foreach (var group in table.Groups)
        {
            if (group.Title is not null)
            {
                blocks.Add(MarkdownText.EscapeLine(group.Title));
            }

            // Crawl debris out: examples the portal lists as papers, repeated rows, unreadable template file names,
            // and the "0 bản chính" of rows that are notes rather than papers.
            var rows = group.Rows
                .Select(row => row with { Name = DocumentDebris.CleanName(row.Name) })
                .Where(row => !DocumentDebris.IsExample(row.Name))
                .DistinctBy(row => row.Name)
                .Select(row =>
                {
                    var template = DocumentDebris.ReadableTemplate(row.Template);
                    var quantity = DocumentDebris.IsNoteQuantity(row.Quantity) ? null : row.Quantity;
                    var parts = new[] { row.Name, template is null ? null : "mẫu: " + template, quantity }.OfType<string>();
                    return MarkdownText.ListItem(string.Join(Dash, parts));
                })
                .ToList();
            if (rows.Count > 0)
            {
                blocks.Add(string.Join('\n', rows));
            }
        }

        return string.Join("\n\n", blocks);
    }

    private static string AgencyMarkdown(CrawlRecord record)
    {
        var lines = new List<string>();
        void Add(string label, string? value)
        {
            var text = AgencyName(value);
            if (text is not null)
            {
                lines.Add(MarkdownText.ListItem(label + ": " + text));
            }
        }

        Add("Cơ quan thực hiện", record.ExecutingAgency);
        Add("Cơ quan có thẩm quyền", record.CompetentAgency);
        Add("Cơ quan được ủy quyền", record.AuthorizedAgency);
        Add("Cơ quan phối hợp", record.CoordinatingAgency);
        Add("Địa chỉ tiếp nhận hồ sơ", record.SubmissionAddress);
        return lines.Count == 0 ? CrawlText.NoDataSentence : string.Join('\n', lines);
    }

    private static string ResultMarkdown(ProcedureResult result)
    {
        if (result.IsEmpty)
        {
            return CrawlText.NoDataSentence;
        }

        var builder = new StringBuilder();
        if (result.Items.Count > 0)
        {
            builder.AppendJoin('\n', result.Items.Select(item =>
                MarkdownText.ListItem(item.Code is null ? item.Text : item.Text + Dash + "Mã: " + item.Code)));
        }

        foreach (var (label, value) in new[] { ("Từ khóa", result.Keywords), ("Mô tả", result.Description) })
        {
            if (value is not null)
            {
                builder.Append(builder.Length > 0 ? "\n\n" : "").Append(MarkdownText.EscapeLine(label + ": " + CrawlText.Collapse(value)));
            }
        }

        return builder.ToString();
    }

    private static string LegalBasisMarkdown(LegalBasis legal)
    {
        if (!legal.Parsed)
        {
            return MarkdownText.FreeText(legal.OriginalText);
        }

        return legal.Documents.Count == 0
            ? CrawlText.NoDataSentence
            : string.Join('\n', legal.Documents.Select(d =>
                "- **" + MarkdownText.Escape(d.Number) + "**" + Dash + MarkdownText.Escape(MarkdownText.StripBullet(d.Title))));
    }
}
