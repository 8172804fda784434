using System.Text.RegularExpressions;

namespace KnowledgeBase.Text;

/// <summary>
/// Whether a word can be a Vietnamese syllable: an initial consonant (or none), a vowel nucleus of the language and a
/// final consonant (or none). Keyboard mashing ("asdkjh", "ffff", "qwe") is not; abbreviations ("cccd") are not either,
/// so callers ask this only of messages the catalogue did not match.
/// </summary>
public static partial class VietnameseSyllables
{
    public static bool IsSyllable(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Syllable().IsMatch(VietnameseText.Fold(word));
    }

    // The vowels are one of the language's nuclei (folded): "qưeoi" has three vowels but no such nucleus.
    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(oai|oao|oay|oeo|uay|uoi|uou|uya|uye|uyu|ieu|yeu|uai|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|[aeiouy])(ch|ng|nh|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
