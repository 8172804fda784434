using System.Text.RegularExpressions;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// Papers of which one is enough. The portal writes "Một trong những giấy tờ hợp pháp về đất đai … bao gồm: + Giấy
/// chứng nhận quyền sử dụng đất … + Giấy chứng nhận quyền sở hữu nhà ở …" and then often lists the same alternatives
/// again as items of their own, so a reply would ask for every land certificate at once. The alternatives listed again
/// go, and the "one of" item names its kind with one example.
/// </summary>
internal static partial class AlternativePapers
{
    private const int MinPrefix = 24;

    /// <summary><paramref name="items"/> without the alternatives an "one of" item already covers, that item shortened.</summary>
    public static List<string> Folded(IReadOnlyList<string> items)
    {
        var result = items.ToList();
        foreach (var item in items)
        {
            if (OneOf().Match(item) is not { Success: true } head || !result.Contains(item))
            {
                continue;
            }

            var (text, quantity) = SplitQuantity(item);
            var options = text[head.Length..].TrimStart('+', ' ').Split(" + ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(ShortName)
                .Where(o => o.Length >= 4)
                .ToList();
            if (options.Count < 2)
            {
                continue;
            }

            // The "one of" line takes the place of the first alternative the list repeats, where the portal put the land papers.
            var keys = options.ConvertAll(Key);
            var first = result.FindIndex(other => other == item || keys.Any(k => Same(k, Key(ShortName(SplitQuantity(other).Text)))));
            var kept = result.Where((other, at) => at < first || (other != item && !keys.Any(k => Same(k, Key(ShortName(SplitQuantity(other).Text)))))).ToList();
            kept.Insert(first, $"{Kind(text[..head.Length])} (như {options[0]})" + quantity);
            result = kept;
        }

        return result;
    }

    /// <summary>"Một trong những giấy tờ hợp pháp về đất đai chứng minh … bao gồm:" → "Một trong những giấy tờ hợp pháp về đất đai".</summary>
    private static string Kind(string head)
    {
        var kind = head.TrimEnd(':', ' ');
        foreach (var end in KindEnds)
        {
            var at = kind.IndexOf(end, StringComparison.Ordinal);
            if (at > 12)
            {
                kind = kind[..at];
            }
        }

        return kind.TrimEnd(',', ' ');
    }

    private static readonly string[] KindEnds = [" bao gồm", " gồm", " sau", " chứng minh", " để ", " theo quy định", " quy định", ",", " ("];

    /// <summary>An alternative's name, cut where the law around it starts ("… được cấp theo quy định của Luật Đất đai").</summary>
    private static string ShortName(string option)
    {
        var name = option.Trim().TrimStart('+', '-', ' ');
        foreach (var end in NameEnds)
        {
            var at = name.IndexOf(end, StringComparison.Ordinal);
            if (at >= 12)
            {
                name = name[..at];
            }
        }

        return name.Trim().TrimEnd('.', ';', ',', ':');
    }

    private static readonly string[] NameEnds = [". ", "; ", " được cấp", " theo quy định", " (", ", trừ"];

    private static (string Text, string Quantity) SplitQuantity(string item)
    {
        var at = item.LastIndexOf(" — ", StringComparison.Ordinal);
        return at > 0 ? (item[..at], item[at..]) : (item, "");
    }

    private static string Key(string name) => VietnameseText.Fold(name);

    private static bool Same(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= MinPrefix && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    [GeneratedRegex(@"^(?:\(\d{1,2}\)\s*)?Một trong (?:những|các) (?:loại )?(?:giấy tờ|văn bản|tài liệu|giấy chứng nhận)[^+]*?(?=\+)")]
    private static partial Regex OneOf();
}
