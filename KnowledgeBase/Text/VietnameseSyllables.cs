using System.Text.RegularExpressions;

namespace KnowledgeBase.Text;

/// <summary>
/// Whether a word can be a Vietnamese syllable: an initial consonant (or none), one to three vowels and a final
/// consonant (or none). Keyboard mashing ("asdkjh", "ffff", "qwe") is not; abbreviations ("cccd") are not either,
/// so callers ask this only of messages the catalogue did not match.
/// </summary>
public static partial class VietnameseSyllables
{
    public static bool IsSyllable(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Syllable().IsMatch(VietnameseText.Fold(word));
    }

    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
