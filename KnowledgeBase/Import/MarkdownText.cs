using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Import;

/// <summary>
/// Turns catalogue text into Markdown that renders and reads back as the same words: inline punctuation that
/// Markdown (or the pipeline's extras) would interpret is backslash-escaped, and line starts that would open a
/// heading, quote, code block or thematic break are neutralised. Source bullets ("- ", "+ ") stay list items.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Escapes one line of text for use inside a paragraph or list item.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var previous = i > 0 ? text[i - 1] : '\0';
            var escape = c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '^' or '#' => true,
                // '++' and '==' are the pipeline's inserted/marked emphasis.
                '+' or '=' => next == c || previous == c,
                // Entities such as "&amp;" or "&#123;" would be decoded.
                '&' => next == '#' || char.IsAsciiLetter(next),
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Escapes a value that becomes a whole line of its own (paragraph start): also neutralises block syntax.</summary>
    public static string EscapeLine(string line)
    {
        var escaped = Escape(line);
        // A leading '-', '+' or '=' could open a list, a thematic break or a setext heading; "1." or "1)" an ordered list.
        if (escaped.Length > 0 && escaped[0] is '-' or '+' or '=')
        {
            return "\\" + escaped;
        }

        var ordered = OrderedMarker().Match(escaped);
        return ordered.Success ? ordered.Groups[1].Value + "\\" + escaped[ordered.Groups[1].Length..] : escaped;
    }

    /// <summary>
    /// Multi-line free text (steps, conditions, applicants) as Markdown, one source line per output line so the
    /// crawl's line structure survives; source bullets "- " and "+ " keep working as Markdown list items.
    /// </summary>
    public static string FreeText(string text)
    {
        var lines = CrawlText.Normalize(text).Split('\n');
        var output = new List<string>(lines.Length);
        var blank = false;
        foreach (var raw in lines)
        {
            if (raw.Length == 0)
            {
                blank = output.Count > 0;
                continue;
            }

            if (blank)
            {
                output.Add("");
                blank = false;
            }

            output.Add(FreeTextLine(raw));
        }

        return string.Join('\n', output);
    }

    /// <summary>A list item "- text" whose text is escaped; leading source bullets are dropped because the item is the bullet.</summary>
    public static string ListItem(string text) => "- " + EscapeLine(StripBullet(CrawlText.Collapse(text)));

    /// <summary>Removes a leading "-", "+", "*" or "•" bullet the source typed before an item.</summary>
    public static string StripBullet(string text) => LeadingBullet().Replace(text, "").Trim();

    private static string FreeTextLine(string line)
    {
        var bullet = SourceBullet().Match(line);
        if (bullet.Success)
        {
            // Keep the author's bullet as a Markdown list marker; the rest is ordinary text.
            var rest = line[bullet.Length..];
            return bullet.Groups[1].Value + " " + (rest.Length == 0 ? "" : EscapeLine(rest));
        }

        return EscapeLine(line);
    }

    [GeneratedRegex(@"^([-+])\s+(?=\S)")]
    private static partial Regex SourceBullet();

    [GeneratedRegex(@"^(?:[-*+•]\s*)+")]
    private static partial Regex LeadingBullet();

    [GeneratedRegex(@"^(\d{1,9})([.)])(?=\s|$)")]
    private static partial Regex OrderedMarker();
}
