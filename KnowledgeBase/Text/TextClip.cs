using System.Text.RegularExpressions;

namespace KnowledgeBase.Text;

/// <summary>Shortens text for a chat reply: at a word boundary, with an ellipsis, never in the middle of a word when avoidable.</summary>
public static partial class TextClip
{
    /// <summary>
    /// A line cut where the source broke it, made readable: a reference left hanging ("Lập hồ sơ theo quy định tại
    /// mục", "… theo mẫu quy định tại") ends before its dangling words, a sub-item label ("a) Nộp hồ sơ") goes, and a
    /// bracket the line opened and never closed ("(Mẫu CT01") is closed.
    /// </summary>
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tidy = SubItemLabel().Replace(text.Trim(), "");
        tidy = DanglingEnd().Replace(tidy, "").TrimEnd(',', ';', ':', ' ');
        var open = tidy.LastIndexOf('(');
        if (open >= 0 && tidy.IndexOf(')', open) < 0 && !tidy.EndsWith('…'))
        {
            tidy += ")";
        }

        return tidy.Length >= 4 ? tidy : text.Trim();
    }

    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', max - 1);
        return text[..(space > max / 2 ? space : max - 1)].TrimEnd(',', ';', ':', ' ', '…', '.') + "…";
    }

    /// <summary>
    /// At most <paramref name="max"/> characters keeping both ends, for names: their end often tells records apart
    /// ("… của hộ kinh doanh", "… của nước ngoài", "… và nhà ở riêng lẻ"), so the middle goes.
    /// </summary>
    public static string ClipMiddle(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        // The tail starts where a phrase does ("của …", "đối với …", "và …", after a comma) when one fits, else at a word.
        var tail = "";
        foreach (var marker in TailStarts)
        {
            var at = text.IndexOf(marker, Math.Max(0, text.Length - (max / 2)), StringComparison.Ordinal);
            if (at >= 0 && (tail.Length == 0 || text.Length - at - 1 > tail.Length))
            {
                tail = text[(at + (marker.StartsWith(',') ? 2 : 1))..];
            }
        }

        if (tail.Length == 0)
        {
            var wordStart = text.IndexOf(' ', text.Length - (max / 3));
            tail = wordStart < 0 ? "" : text[(wordStart + 1)..];
        }

        // A negation stays with what it negates: "… không thuộc lực lượng vũ trang", not "… thuộc lực lượng vũ trang".
        var tailStart = text.Length - tail.Length;
        foreach (var negation in Negations)
        {
            if (tailStart > negation.Length && text.AsSpan(0, tailStart).TrimEnd().EndsWith(negation, StringComparison.Ordinal)
                && text[..tailStart].TrimEnd().Length - negation.Length is var at && at > 0 && text[at - 1] == ' ')
            {
                tail = text[at..];
                break;
            }
        }

        var head = Clip(text, max - tail.Length - 2).TrimEnd('…');
        // A bracket opened in the part that goes closes nothing in the tail; one the head opens, it still closes.
        if (tail.EndsWith(')') && tail.Count(c => c == ')') > tail.Count(c => c == '(') && head.Count(c => c == '(') <= head.Count(c => c == ')'))
        {
            tail = tail[..^1];
        }

        return head + "… " + tail;
    }

    private static readonly string[] TailStarts = [" của ", " đối với ", " và ", ", "];

    private static readonly string[] Negations = ["không", "chưa", "chẳng"];

    // "a) ", "b. ", "1.1. " before the text of a step or paper.
    [GeneratedRegex(@"^(?:[a-zđ]|\d+(?:\.\d+)*)[).]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SubItemLabel();

    // Words that only lead to what the source cut off: "tại mục", "của", "và", "số" ("… theo quy định tại" keeps "theo quy định"; "mang theo" is whole).
    [GeneratedRegex(@"(?:\s+(?:tại|tại mục|mục|khoản|điểm|điều|của|và|hoặc|số))+\s*[,;:]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEnd();
}
