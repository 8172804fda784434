using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Channels.Zalo;

/// <summary>
/// Markdown to the plain text Zalo shows: emphasis dropped, links as "text (url)", bullets as "- ",
/// numbered lists and line structure kept.
/// </summary>
public static partial class ZaloPlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    public static string FromMarkdown(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        var text = new StringBuilder();
        WriteBlocks(document, text);
        return Normalize(text.ToString());
    }

    private static void WriteBlocks(ContainerBlock container, StringBuilder text)
    {
        foreach (var block in container)
        {
            WriteBlock(block, text);
        }
    }

    private static void WriteBlock(Block block, StringBuilder text)
    {
        switch (block)
        {
            case ListBlock list:
                WriteList(list, text);
                break;
            case Table table:
                WriteTable(table, text);
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
                WriteInlines(leaf.Inline, text);
                text.Append("\n\n");
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString()).Append("\n\n");
                break;
            case ContainerBlock container:
                WriteBlocks(container, text);
                break;
        }
    }

    private static void WriteList(ListBlock list, StringBuilder text)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}. " : "- ";
            var content = new StringBuilder();
            WriteBlocks(item, content);
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

    private static void WriteTable(Table table, StringBuilder text)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>().Select(cell =>
            {
                var content = new StringBuilder();
                WriteBlocks(cell, content);
                return Normalize(content.ToString()).Replace('\n', ' ');
            });
            text.Append(string.Join(" | ", cells)).Append('\n');
        }

        text.Append('\n');
    }

    private static void WriteInlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline link:
                    WriteLink(link, text);
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
                    WriteInlines(children, text);
                    break;
            }
        }
    }

    private static void WriteLink(LinkInline link, StringBuilder text)
    {
        var label = new StringBuilder();
        WriteInlines(link, label);
        var title = label.ToString().Trim();
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;
        if (title.Length == 0 || string.Equals(title, url, StringComparison.OrdinalIgnoreCase) || link.IsAutoLink)
        {
            text.Append(url.Length > 0 ? url : title);
        }
        else if (url.Length == 0)
        {
            text.Append(title);
        }
        else
        {
            text.Append(title).Append(" (").Append(url).Append(')');
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
}
