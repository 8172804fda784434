using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Rendering;

/// <summary>
/// The one Markdown to plain text conversion, for every channel that cannot show Markdown (Zalo, SMS, unknown
/// channels, card text) and for voice: emphasis dropped, links as "text: url", bullets as "• ", numbered lists,
/// tables and line structure kept.
/// </summary>
public static partial class PlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    /// <summary>For text channels: keeps link targets visible ("Cổng Dịch vụ công quốc gia: https://…").</summary>
    public static string FromMarkdown(string markdown) => Render(markdown, voice: false);

    /// <summary>For voice: one line, no bullets, no markup, link text only.</summary>
    public static string FromMarkdownLine(string line) =>
        LineBreaks().Replace(Render(line, voice: true), " ");

    private static string Render(string markdown, bool voice)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        var text = new StringBuilder();
        WriteBlocks(document, text, voice);
        return Normalize(text.ToString());
    }

    private static void WriteBlocks(ContainerBlock container, StringBuilder text, bool voice)
    {
        foreach (var block in container)
        {
            WriteBlock(block, text, voice);
        }
    }

    private static void WriteBlock(Block block, StringBuilder text, bool voice)
    {
        switch (block)
        {
            case ListBlock list:
                WriteList(list, text, voice);
                break;
            case Table table:
                WriteTable(table, text, voice);
                break;
            case ThematicBreakBlock:
                break;
            case HtmlBlock html:
                text.Append(HtmlTag().Replace(html.Lines.ToString(), string.Empty)).Append("\n\n");
                break;
            case CodeBlock code:
                text.Append(code.Lines.ToString()).Append("\n\n");
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                WriteInlines(leaf.Inline, text, voice);
                text.Append("\n\n");
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString()).Append("\n\n");
                break;
            case ContainerBlock container:
                WriteBlocks(container, text, voice);
                break;
        }
    }

    private static void WriteList(ListBlock list, StringBuilder text, bool voice)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            // Numbers are part of what is said; a bullet is not.
            var marker = list.IsOrdered ? $"{number++}. " : voice ? "" : "• ";
            var content = new StringBuilder();
            WriteBlocks(item, content, voice);
            var lines = Normalize(content.ToString()).Split('\n');
            text.Append(marker).Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                // Continuation lines and nested lists are indented under the item.
                text.Append("  ").Append(line).Append('\n');
            }
        }

        text.Append('\n');
    }

    private static void WriteTable(Table table, StringBuilder text, bool voice)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>().Select(cell =>
            {
                var content = new StringBuilder();
                WriteBlocks(cell, content, voice);
                return Normalize(content.ToString()).Replace('\n', ' ');
            });
            text.Append(string.Join(" | ", cells)).Append('\n');
        }

        text.Append('\n');
    }

    private static void WriteInlines(ContainerInline container, StringBuilder text, bool voice)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline link:
                    WriteLink(link, text, voice);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    text.Append('\n');
                    break;
                case HtmlInline:
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case ContainerInline children:
                    WriteInlines(children, text, voice);
                    break;
            }
        }
    }

    private static void WriteLink(LinkInline link, StringBuilder text, bool voice)
    {
        var label = new StringBuilder();
        WriteInlines(link, label, voice);
        var title = label.ToString().Trim();
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;
        if (title.Length == 0 || string.Equals(title, url, StringComparison.OrdinalIgnoreCase) || link.IsAutoLink)
        {
            text.Append(url.Length > 0 ? url : title);
        }
        else if (url.Length == 0 || voice)
        {
            text.Append(title);
        }
        else
        {
            text.Append(title).Append(": ").Append(url);
        }
    }

    /// <summary>Trims line ends and leaves at most one blank line between blocks.</summary>
    private static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim('\n');
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex("\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex LineBreaks();
}
