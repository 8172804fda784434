using System.Text.RegularExpressions;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Synonyms;

namespace KnowledgeBase.Indexing;

/// <summary>
/// Spells out the abbreviations catalogue names use ("đóng BHXH tự nguyện", "nghỉ DSPHSK sau ốm đau, TNLĐ") for
/// the ranked name field. A citizen who writes "bảo hiểm xã hội tự nguyện" in full matches many words of names
/// that spell it out, but only one synonym clause of the name that abbreviates it, so the abbreviated procedure
/// lost to every other social-insurance procedure. The expansion comes from the editors' synonyms file: an
/// upper-case word of the name that the file makes equivalent to a longer phrase is followed by that phrase.
/// </summary>
public static partial class NameAbbreviations
{
    public static string Expand(string name, SynonymSet synonyms)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(synonyms);
        if (synonyms.RuleCount == 0)
        {
            return name;
        }

        return UpperCaseWord().Replace(name, match =>
        {
            var key = FoldedKey.Of(match.Value);
            var spelled = synonyms.Match([key])
                .SelectMany(m => m.Alternatives)
                .Where(a => a.Contains(' ', StringComparison.Ordinal))
                .OrderBy(a => a.Count(c => c == ' '))
                .ThenBy(a => a, StringComparer.Ordinal)
                .FirstOrDefault();
            return spelled is null ? match.Value : match.Value + " " + spelled;
        });
    }

    // Two or more capital letters (Đ included), as in BHXH, TNLĐ, UBND; roman numerals have no synonyms and stay.
    [GeneratedRegex(@"\b\p{Lu}{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex UpperCaseWord();
}
