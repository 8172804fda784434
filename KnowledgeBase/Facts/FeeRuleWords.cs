using System.Text.RegularExpressions;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>A fee rule's own words, short enough for a phone; <see cref="Cut"/> when the record says more than is shown.</summary>
public sealed record RuleWords(string Text, bool Cut);

/// <summary>
/// Picks what a citizen needs from a fee rule the catalogue states without an amount ("Mức lệ phí cụ thể do Hội đồng
/// nhân dân tỉnh … quyết định. Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn, …"): its sentences in the
/// record's words, exemptions and amounts first, references to circulars last, shortened at a sentence or clause
/// boundary (at a word only when one clause alone is longer than the room, never inside a word). Nothing is reworded,
/// so what is shown is what the record says.
/// </summary>
public static partial class FeeRuleWords
{
    /// <summary>About two lines of a phone screen.</summary>
    public const int DefaultMaxLength = 130;

    /// <param name="rule">The rule as the facts hold it; a trailing "…" means an earlier import cut it.</param>
    /// <param name="skip">Sentences the reply already says in its own words (who sets the amount); they are left out unless they also state an exemption or an amount.</param>
    public static RuleWords Shorten(string rule, int maxLength = DefaultMaxLength, Func<string, bool>? skip = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = rule.Trim();
        var cut = text.EndsWith('…');
        text = text.TrimEnd('…', ' ');
        var parts = SentenceBreak().Split(text)
            .Select(s => s.Trim().TrimStart('-', '+', '*', ' ').Trim())
            .Where(s => s.Length > 0)
            .Select((s, i) => new Sentence(s, i, Partial: false))
            .ToList();
        if (cut && parts.Count > 0)
        {
            // The last sentence was cut mid-way by an earlier import: only its whole clauses are the record's words.
            var last = parts[^1];
            parts.RemoveAt(parts.Count - 1);
            if (ClipAtClause(last.Text, last.Text.Length - 1) is { } whole)
            {
                parts.Add(last with { Text = whole, Partial = true });
            }
        }

        parts = WithTheirItems(parts);
        var sentences = parts.Where(s => !(Weight(s.Text) >= 2 && skip?.Invoke(s.Text) == true)).ToList();
        var chosen = new List<Sentence>();
        var room = maxLength;
        foreach (var sentence in sentences.OrderBy(s => Weight(s.Text)).ThenBy(s => s.Index))
        {
            if (chosen.Count == 0 && sentence.Listed && sentence.Text.Length > room)
            {
                // "Miễn lệ phí đối với những trường hợp sau:" says nothing without its cases: they get twice the room.
                room = Math.Max(room, maxLength * 2);
            }

            if (sentence.Text.Length <= room)
            {
                chosen.Add(sentence);
                room -= sentence.Text.Length + 1;
            }
            else if (chosen.Count == 0 && (ClipAtClause(sentence.Text, room) ?? AtWord(sentence.Text, room)) is { } clause)
            {
                chosen.Add(sentence with { Text = clause, Partial = true });
                room -= clause.Length + 2;
                cut = true;
            }
            else
            {
                cut = true;
            }
        }

        return new RuleWords(string.Join(' ', chosen.OrderBy(c => c.Index).Select(c => c.Partial ? c.Text.TrimEnd(',', ';', ':', ' ') + "…" : c.Text)), cut);
    }

    /// <summary>Exemptions first, then amounts and cases, then the rest; bare references to legal texts last.</summary>
    private static int Weight(string sentence)
    {
        var folded = " " + VietnameseText.Fold(sentence) + " ";
        if (Exemption().IsMatch(folded))
        {
            return 0;
        }

        if (Amount().IsMatch(sentence))
        {
            return 1;
        }

        return Reference().IsMatch(folded) ? 3 : 2;
    }

    /// <summary>The sentence up to the last clause boundary (",", ";", ":") within <paramref name="max"/> characters; null when none is far enough in.</summary>
    private static string? ClipAtClause(string sentence, int max)
    {
        if (sentence.Length <= max)
        {
            return sentence;
        }

        for (var i = Math.Min(max, sentence.Length - 1); i > 20; i--)
        {
            if (sentence[i] is ',' or ';' or ':' && i + 1 < sentence.Length && sentence[i + 1] == ' ' && Balanced(sentence[..i]))
            {
                return sentence[..i].TrimEnd();
            }
        }

        return null;
    }

    private sealed record Sentence(string Text, int Index, bool Partial, bool Listed = false);

    /// <summary>
    /// A sentence that ends with a colon ("Miễn lệ phí đối với những trường hợp sau:") joined with the items after it,
    /// each without its bracketed detail, so the cases are never cut off from the words that introduce them.
    /// </summary>
    private static List<Sentence> WithTheirItems(List<Sentence> parts)
    {
        var lead = parts.FindIndex(p => p.Text.EndsWith(':') && !p.Partial);
        if (lead < 0 || lead == parts.Count - 1)
        {
            return parts;
        }

        var items = parts.Skip(lead + 1).Select(p => Bracketed().Replace(p.Text, "").Trim().TrimEnd('.', ';', ' ')).Where(t => t.Length > 0).ToList();
        var joined = parts[lead].Text + " " + string.Join("; ", items) + ".";
        return [.. parts.Take(lead), parts[lead] with { Text = joined, Listed = true, Partial = parts[^1].Partial }];
    }

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Bracketed();

    /// <summary>A clause too long for the room, without a boundary inside it: cut at a word, never in one.</summary>
    private static string? AtWord(string sentence, int max)
    {
        var space = sentence.LastIndexOf(' ', Math.Min(max, sentence.Length - 1));
        return space > 20 ? sentence[..space] : null;
    }

    private static bool Balanced(string text) => text.Count(c => c == '(') == text.Count(c => c == ')');

    // A sentence ends at ". " before a capital or a bullet, and at a bullet ("- ", "+ ") that starts a new item.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[-+*]?\s*\p{Lu})|\s+[-+*]\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s(?:mien|khong thu|khong phai nop|khong phai tra)\s")]
    private static partial Regex Exemption();

    [GeneratedRegex(@"\d\s*(?:đồng|Đồng|VNĐ|đ|USD)(?!\p{L})")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\s*(?:theo|thuc hien theo|ap dung theo|can cu|thong tu|nghi dinh|quyet dinh)\s|\s(?:thuc hien )?theo quy dinh tai (?:thong tu|nghi dinh)\s")]
    private static partial Regex Reference();
}
