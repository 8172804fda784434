using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>One processing time of a procedure whose time depends on the case, with the case as its record names it.</summary>
public sealed record TimeCase(string Time, string? Case);

/// <summary>
/// Processing times that depend on the case rather than on the channel: one channel row says "Cấp mới biển số xe: Cấp
/// ngay …" with 1 hour, another "Cấp mới biển số xe trúng đấu giá, đổi biển số xe …: Không quá 07 ngày làm việc" with
/// 7 days. Telling only the first would state 7 days to a citizen who gets the plate at once.
/// </summary>
public static partial class TimeCases
{
    private const int MaxCaseLength = 90;

    /// <summary>The distinct times in the record's order with their case labels; empty when every channel has one time.</summary>
    public static IReadOnlyList<TimeCase> Of(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var rows = procedure.Channels
            .Select(c => (c.Channel, Time: ProcessingTime.Parse(c.Time, c.Channel)?.Text, c.Note))
            .Where(r => r.Time is not null)
            .ToList();
        var dependsOnCase = rows.GroupBy(r => r.Channel, StringComparer.Ordinal).Any(g => g.Select(r => r.Time).Distinct(StringComparer.Ordinal).Count() > 1);
        var stated = FactSheet.Of(procedure).Times.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        // Editors' structured times win: when they no longer list the rows' times, the rows' cases are not theirs.
        if (!dependsOnCase || !rows.All(r => stated.Contains(r.Time!)))
        {
            return [];
        }

        return rows
            .GroupBy(r => r.Time!, StringComparer.Ordinal)
            .Select(g => new TimeCase(g.Key, g.Select(r => CaseOf(r.Note) ?? ListedCaseOf(r.Note, g.Key)).FirstOrDefault(c => c is not null)))
            .ToArray();
    }

    /// <summary>
    /// The case a note's list of times gives for <paramref name="time"/> ("Thời hạn giải quyết: + Cấp chứng nhận đăng ký
    /// xe: Không quá 02 ngày làm việc …" → "cấp chứng nhận đăng ký xe" for "2 ngày làm việc"), when exactly one item
    /// states that number of that unit.
    /// </summary>
    public static string? ListedCaseOf(string? note, string time)
    {
        if (string.IsNullOrWhiteSpace(note) || TimeValue().Match(time) is not { Success: true } value)
        {
            return null;
        }

        var number = int.Parse(value.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var unit = VietnameseText.Fold(value.Groups["unit"].Value);
        var matching = ListItem().Matches(note)
            .Where(m => StatedTime().Matches(VietnameseText.Fold(m.Groups["text"].Value))
                .Any(t => int.Parse(t.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == number && t.Groups["unit"].Value == unit))
            .Select(m => m.Groups["label"].Value.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return matching is [var only] && !NotACase().IsMatch(VietnameseText.Fold(only)) && !LegalReference().IsMatch(VietnameseText.Fold(only))
            ? char.ToLowerInvariant(only[0]) + only[1..]
            : null;
    }

    [GeneratedRegex(@"^(?<n>\d+)\s+(?<unit>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeValue();

    // "+ Cấp chứng nhận đăng ký xe: Không quá 02 ngày làm việc, kể từ …" up to the next "+".
    [GeneratedRegex(@"\+\s*(?<label>[^:+]{5,90}?):\s*(?<text>[^+]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<n>\d+)\s+(?<unit>ngay lam viec|ngay|gio lam viec|gio|thang)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatedTime();

    /// <summary>The case a channel note opens with ("Cấp mới biển số xe: …" → "cấp mới biển số xe"), when it names one.</summary>
    public static string? CaseOf(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return null;
        }

        var text = Numbering().Replace(note.Trim(), "");
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxCaseLength)
        {
            return null;
        }

        var label = LeadingFor().Replace(text[..colon].Trim().TrimEnd('.', ',', ';'), "");
        var folded = VietnameseText.Fold(label);
        // "Cách thức thực hiện: …", "Thời hạn …: …" introduce the note, and "quy định tại điểm a khoản 1 Điều 32" names a
        // legal case no citizen can tell apart.
        return label.Length == 0 || NotACase().IsMatch(folded) || LegalReference().IsMatch(folded)
            ? null
            : char.ToLowerInvariant(label[0]) + label[1..];
    }

    [GeneratedRegex(@"^(?:\(\s*(?:\d+|[ivx]+|[a-z])\s*\)|\d+[.)]|[-+*•])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(?:đối với|Đối với)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFor();

    [GeneratedRegex(@"^(?:cach thuc|thoi han|thoi gian|nop ho so|ke tu|luu y|ghi chu|chu y|buoc \d)", RegexOptions.CultureInvariant)]
    private static partial Regex NotACase();

    [GeneratedRegex(@"\b(?:diem [a-zđ]|khoan \d|dieu \d)", RegexOptions.CultureInvariant)]
    private static partial Regex LegalReference();
}
