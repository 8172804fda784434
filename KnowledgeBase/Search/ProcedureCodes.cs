using System.Text.RegularExpressions;

namespace KnowledgeBase.Search;

/// <summary>Finds catalogue codes (e.g. "1.014061") in free text, so a citizen pasting a code gets that procedure first.</summary>
public static partial class ProcedureCodes
{
    public static IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        foreach (Match match in CodePattern().Matches(text))
        {
            if (!found.Contains(match.Value))
            {
                found.Add(match.Value);
            }
        }

        return found;
    }

    // Catalogue codes are one digit, a dot and six digits; the lookarounds keep "21.0140612" or "1.0140.61" out.
    [GeneratedRegex(@"(?<![\d.])\d\.\d{6}(?![\d]|\.\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex CodePattern();
}
