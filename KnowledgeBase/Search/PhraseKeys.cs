using System.Text.RegularExpressions;

namespace KnowledgeBase.Search;

/// <summary>
/// The exact keys under which a procedure is indexed in <see cref="SearchFields.PhraseKey"/>: each alias, and the
/// name without what citizens never type (a leading "Thủ tục", a trailing "(thực hiện tại cấp tỉnh)"), whole and
/// split at ";" and "/" (names that join two procedures). The query side looks up every run of its syllables.
/// </summary>
public static partial class PhraseKeys
{
    /// <summary>Keys longer than this many syllables are not looked up (and not worth indexing).</summary>
    public const int MaxSyllables = 10;

    public static IEnumerable<string> OfName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { name }.Concat(name.Split([';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var key = FoldedKey.Of(Trailing().Replace(part, ""));
            if (key.StartsWith(Leading, StringComparison.Ordinal))
            {
                key = key[Leading.Length..];
            }

            if (key.Length > 0 && key.Count(c => c == ' ') < MaxSyllables)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    public static IEnumerable<string> OfAlias(string alias)
    {
        var key = FoldedKey.Of(alias);
        return key.Length > 0 && key.Count(c => c == ' ') < MaxSyllables ? [key] : [];
    }

    private const string Leading = "thu tuc ";

    [GeneratedRegex(@"\s*\([^()]*\)\s*[.:]?\s*$")]
    private static partial Regex Trailing();
}
