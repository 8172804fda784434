using System.Text.RegularExpressions;

namespace KnowledgeBase.Text;

/// <summary>
/// Terms typed in capitals, three to eight letters ("ABTC", "GPLHX", "UBCKNN"): the name of a card, a form, a licence
/// or an agency, which lower-casing would make an ordinary word.
/// </summary>
public static partial class Acronyms
{
    /// <summary>The acronyms of <paramref name="text"/>, keyed by their lower-case spelling, each once.</summary>
    public static IReadOnlyDictionary<string, string> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Acronym().Matches(text))
        {
            found.TryAdd(match.Value.ToLowerInvariant(), match.Value);
        }

        return found;
    }

    /// <summary>Whether <paramref name="text"/> holds an acronym.</summary>
    public static bool Any(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Acronym().IsMatch(text);
    }

    [GeneratedRegex(@"\b[A-ZĐ]{3,8}\b")]
    private static partial Regex Acronym();
}
