using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KnowledgeBase.Content;

/// <summary>
/// Reads one procedure file (YAML front matter + fixed H2 sections) into a <see cref="Procedure"/>,
/// reporting every problem with its line instead of throwing, so one bad file never hides the others.
/// </summary>
public static partial class ProcedureMarkdownReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static ProcedureReadResult Read(string markdown, string file)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = WellFormedText.Repair(markdown).Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal);
        var diagnostics = new List<ContentDiagnostic>();
        void Error(int line, string message) => diagnostics.Add(new(file, line, DiagnosticSeverity.Error, message));
        void Warn(int line, string message) => diagnostics.Add(new(file, line, DiagnosticSeverity.Warning, message));

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, ProcedureMarkdown.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurd input, e.g. lists or quotes nested hundreds of levels deep, rather than overflow the stack.
            Error(1, ContentMessages.MarkdownTooDeep);
            return new(null, diagnostics);
        }

        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock yamlBlock)
        {
            Error(1, ContentMessages.MissingFrontMatter);
            return new(null, diagnostics);
        }

        var front = ReadFrontMatter(yamlBlock, text, Error);
        if (front is null)
        {
            return new(null, diagnostics);
        }

        var frontLine = yamlBlock.Line + 1;
        if (string.IsNullOrWhiteSpace(front.Code))
        {
            Error(frontLine, ContentMessages.RequiredKey("code"));
        }
        else if (!CodePattern().IsMatch(front.Code.Trim()))
        {
            Warn(frontLine, ContentMessages.CodeNotInCatalogueForm(front.Code));
        }

        if (string.IsNullOrWhiteSpace(front.Name))
        {
            Error(frontLine, ContentMessages.RequiredKey("name"));
        }

        if (front.Levels is null || front.Levels.Count == 0 || front.Levels.Any(string.IsNullOrWhiteSpace))
        {
            Error(frontLine, ContentMessages.LevelsRequired);
        }

        if (string.IsNullOrWhiteSpace(front.Source))
        {
            Warn(frontLine, ContentMessages.SourceMissing);
        }
        else if (!Uri.TryCreate(front.Source.Trim(), UriKind.Absolute, out var sourceUri) ||
                 (sourceUri.Scheme != Uri.UriSchemeHttps && sourceUri.Scheme != Uri.UriSchemeHttp))
        {
            Error(frontLine, ContentMessages.SourceNotUrl(front.Source));
        }

        DateOnly? updated = null;
        if (!string.IsNullOrWhiteSpace(front.Updated))
        {
            if (DateOnly.TryParseExact(front.Updated.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                updated = date;
            }
            else
            {
                Error(frontLine, ContentMessages.UpdatedNotDate(front.Updated));
            }
        }

        var channels = new List<ProcedureChannel>();
        foreach (var channel in front.Channels ?? [])
        {
            if (string.IsNullOrWhiteSpace(channel.Channel))
            {
                Error(frontLine, ContentMessages.ChannelNameMissing);
                continue;
            }

            channels.Add(new ProcedureChannel
            {
                Channel = Clean(channel.Channel)!,
                Time = Clean(channel.Time),
                Fee = Clean(channel.Fee),
                Note = Clean(channel.Note),
            });
        }

        var facts = FactsFrontMatter.FromFrontMatter(front.Facts, frontLine, Error);
        foreach (var channel in channels.Where(c => c.Fee is { } fee && fee.StartsWith("Miễn phí", StringComparison.Ordinal) && AmountInNote().IsMatch(fee)))
        {
            // The portal's fee column and its note disagree: the answers follow the note; an editor should confirm.
            Warn(frontLine, ContentMessages.FreeFeeNamesAmount(channel.Channel));
        }

        if (facts?.Place is { } place && VietnameseText.Fold(place).Contains("cap huyen", StringComparison.Ordinal))
        {
            // Districts were abolished on 1 July 2025: a citizen sent to a district office finds none.
            Warn(frontLine, ContentMessages.DistrictLevelPlace(place));
        }

        if (facts?.Place is { } stored && !Facts.FilingPlace.NamesAnOffice(stored))
        {
            // The importer cut a sentence ("Hệ thống quản lý công tác", "khoản 2 Điều này"): answers name the agency instead.
            Warn(frontLine, ContentMessages.PlaceNamesNoOffice(stored));
        }

        var sections = ReadSections(document, text, Error, Warn);
        foreach (var kind in SectionHeadings.Required.Where(k => sections.All(s => s.Kind != k)))
        {
            Error(frontLine, ContentMessages.MissingSection(SectionHeadings.HeadingOf(kind)));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new(null, diagnostics);
        }

        var procedure = new Procedure
        {
            Code = front.Code!.Trim(),
            Name = Clean(front.Name)!,
            Levels = front.Levels!.Select(l => Clean(l)!).ToArray(),
            Ministry = Clean(front.Ministry),
            Field = Clean(front.Field),
            Agency = Clean(front.Agency),
            Applicant = Clean(front.Applicant),
            SourceUrl = Clean(front.Source),
            Decision = Clean(front.Decision),
            ProcedureType = Clean(front.Type),
            Updated = updated,
            Audience = Clean(front.Audience),
            Aliases = (front.Aliases ?? []).Select(Clean).OfType<string>().ToArray(),
            Channels = channels,
            Sections = sections,
            Facts = facts,
            SourceFile = file,
        };
        return new(procedure, diagnostics);
    }

    [GeneratedRegex(@"\d{1,3}(?:[.,]\d{3})+\s*(?:đồng|đ|VNĐ)(?!\p{L})")]
    private static partial Regex AmountInNote();

    private static FrontMatter? ReadFrontMatter(YamlFrontMatterBlock block, string text, Action<int, string> error)
    {
        var raw = text.Substring(block.Span.Start, block.Span.Length);
        var lines = raw.Split('\n');
        // Drop the '---' delimiters; keep line numbers aligned by replacing them with blank lines.
        var yamlLines = lines.Select((l, i) => i == 0 || l.TrimEnd() is "---" or "..." ? "" : l).ToArray();
        try
        {
            return Yaml.Deserialize<FrontMatter>(string.Join('\n', yamlLines)) ?? new FrontMatter();
        }
        catch (YamlException ex)
        {
            var (line, message) = FrontMatterErrors.Describe(ex, yamlLines, block.Line + 1);
            error(line, message);
            return null;
        }
        catch (ArgumentException ex)
        {
            error(block.Line + 1, FrontMatterErrors.Describe(ex, block.Line + 1));
            return null;
        }
    }

    private static List<ProcedureSection> ReadSections(
        MarkdownDocument document, string text, Action<int, string> error, Action<int, string> warn)
    {
        var sections = new List<ProcedureSection>();
        HeadingBlock? heading = null;
        SectionKind kind = default;
        var body = new List<Block>();

        void Flush()
        {
            if (heading is null)
            {
                return;
            }

            if (sections.Any(s => s.Kind == kind))
            {
                error(heading.Line + 1, ContentMessages.DuplicateSection(SectionHeadings.HeadingOf(kind)));
            }
            else
            {
                sections.Add(BuildSection(kind, heading, body, text));
            }
        }

        foreach (var block in document.Skip(1))
        {
            if (block is HeadingBlock { Level: 2 } h2)
            {
                Flush();
                body.Clear();
                var title = InlineText(h2, text);
                if (SectionHeadings.TryParse(title, out kind))
                {
                    heading = h2;
                }
                else
                {
                    heading = null;
                    error(h2.Line + 1, ContentMessages.UnknownHeading(title, SectionHeadings.All.Select(SectionHeadings.HeadingOf)));
                }
            }
            else if (heading is not null)
            {
                body.Add(block);
            }
            else if (block is not HeadingBlock { Level: 1 } && block is not LinkReferenceDefinitionGroup)
            {
                warn(block.Line + 1, ContentMessages.TextOutsideSection);
            }
        }

        Flush();
        return sections;
    }

    private static ProcedureSection BuildSection(SectionKind kind, HeadingBlock heading, List<Block> body, string text)
    {
        var markdown = body.Count == 0
            ? ""
            : text[body[0].Span.Start..(body[^1].Span.End + 1)].Trim();
        // Render from the blocks already parsed: re-parsing each section and item was most of the build's CPU.
        var items = body.OfType<ListBlock>()
            .SelectMany(list => list.OfType<ListItemBlock>())
            .Select(item => PlainText([item]))
            .Where(item => item.Length > 0)
            .ToArray();
        return new ProcedureSection
        {
            Kind = kind,
            Heading = SectionHeadings.HeadingOf(kind),
            Markdown = markdown,
            Text = PlainText(body),
            Items = items,
            Line = heading.Line + 1,
        };
    }

    private static string InlineText(HeadingBlock heading, string text) =>
        text.Substring(heading.Span.Start, heading.Span.Length).TrimStart('#').Trim();

    // One renderer per thread, reused: creating and setting up a renderer for every section and list item cost
    // more than the rendering itself.
    [ThreadStatic]
    private static (HtmlRenderer Renderer, StringWriter Writer)? _plainText;

    private static string PlainText(IEnumerable<Block> blocks)
    {
        if (_plainText is not { } cached)
        {
            var created = new StringWriter();
            var renderer = new HtmlRenderer(created)
            {
                EnableHtmlForBlock = false,
                EnableHtmlForInline = false,
                EnableHtmlEscape = false,
            };
            ProcedureMarkdown.Pipeline.Setup(renderer);
            cached = (renderer, created);
            _plainText = cached;
        }

        var (plain, writer) = cached;
        writer.GetStringBuilder().Clear();
        foreach (var block in blocks)
        {
            plain.Render(block);
        }

        writer.Flush();
        return WhitespaceRuns().Replace(writer.ToString().Replace("\n", " ", StringComparison.Ordinal), " ").Trim();
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Normalize(NormalizationForm.FormC).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex WhitespaceRuns();
}
