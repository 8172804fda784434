using System.Text.RegularExpressions;

namespace Bot.Rendering;

/// <summary>Turns the small Markdown subset the bot writes (bold, italics, links, bullet lists) into plain text.</summary>
public static partial class PlainText
{
    /// <summary>For text channels: keeps link targets visible ("Cổng Dịch vụ công quốc gia: https://…").</summary>
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Heading().Replace(lines[i], "");
            line = Bullet().Replace(line, "${indent}• ");
            line = Link().Replace(line, "$1: $2");
            lines[i] = Emphasis().Replace(line, "$2");
        }

        return string.Join('\n', lines);
    }

    /// <summary>For voice: no bullets, no markup, link text only.</summary>
    public static string FromMarkdownLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = Heading().Replace(line, "");
        text = Bullet().Replace(text, "");
        text = Link().Replace(text, "$1");
        text = Emphasis().Replace(text, "$2");
        return text.Trim();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<indent>\s*)[-*+]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
