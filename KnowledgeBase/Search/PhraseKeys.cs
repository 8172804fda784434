using System.Collections.Frozen;
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

    /// <summary>
    /// Grammatical glue that adds nothing to what a name is about: "đổi giấy phép lái xe hoặc bằng lái xe của người
    /// nước ngoài" is about "bằng lái" and "người nước ngoài", not "hoặc" and "của"; citizens leave it out ("xác nhận
    /// thông tin cư trú" for "Xác nhận thông tin về cư trú"). Only words whose folded form is rarely anything else
    /// ("đổi", "dược", "mã", "độ" fold like glue words and are not in the list).
    /// </summary>
    public static readonly FrozenSet<string> Glue = new[] { "cua", "va", "hoac", "cac", "nhung", "cho", "voi", "la", "ve", "theo", "bi", "co" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The name's keys: whole and per part, each also without its glue words.</summary>
    public static IEnumerable<string> OfName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { name }.Concat(name.Split([';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var key = Core(part);
            foreach (var variant in new[] { key, WithoutGlue(key) })
            {
                if (variant.Length > 0 && variant.Count(c => c == ' ') < MaxSyllables)
                {
                    keys.Add(variant);
                }
            }
        }

        return keys;
    }

    private static string WithoutGlue(string key) => string.Join(' ', key.Split(' ').Where(word => !Glue.Contains(word)));

    /// <summary>Starts of a name shorter than the shortest prefix key say too little to single out a procedure.</summary>
    public const int MinPrefixSyllables = 5;

    /// <summary>
    /// Every start of at least <see cref="MinPrefixSyllables"/> syllables of the name's keys, shorter than the key itself
    /// and at most <see cref="MaxSyllables"/> long: "khai báo tạm trú cho người nước ngoài tại Việt Nam bằng Phiếu…"
    /// gives "khai bao tam tru cho", "khai bao tam tru cho nguoi"… A start shared by several names counts for all of them.
    /// </summary>
    public static IEnumerable<string> PrefixesOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { name }.Concat(name.Split([';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var words = Core(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var length = MinPrefixSyllables; length < words.Length && length <= MaxSyllables; length++)
            {
                prefixes.Add(string.Join(' ', words, 0, length));
            }
        }

        return prefixes;
    }

    /// <summary>Objects shorter than this say too little to single out a procedure ("khai sinh", "thường trú").</summary>
    public const int MinObjectSyllables = 3;

    /// <summary>
    /// The name's object: its key (without glue words) less the action words it starts with. Citizens name what they
    /// want ("giấy chứng nhận đủ điều kiện an ninh trật tự", "thẻ căn cước") and leave the kind of issuance to us.
    /// </summary>
    public static IEnumerable<string> ObjectsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var objects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { name }.Concat(name.Split([';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var words = WithoutGlue(Core(part)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var skip = 0;
            while (skip < words.Length && ActionWords.Leading.Contains(words[skip]))
            {
                skip++;
            }

            var length = words.Length - skip;
            if (skip > 0 && length >= MinObjectSyllables && length <= MaxSyllables)
            {
                objects.Add(string.Join(' ', words, skip, length));
            }
        }

        return objects;
    }

    public static IEnumerable<string> OfAlias(string alias)
    {
        var key = FoldedKey.Of(alias);
        return key.Length > 0 && key.Count(c => c == ' ') < MaxSyllables ? [key] : [];
    }

    private const string Leading = "thu tuc ";

    /// <summary>A name folded, without a leading "Thủ tục" and trailing "(…)", whatever its length.</summary>
    public static string Core(string name)
    {
        // Imported names can end in several: "Cấp giấy phép môi trường (cấp Bộ) (1.010719)".
        string trimmed;
        while ((trimmed = Trailing().Replace(name, "")) != name)
        {
            name = trimmed;
        }

        var key = FoldedKey.Of(name);
        return key.StartsWith(Leading, StringComparison.Ordinal) ? key[Leading.Length..] : key;
    }

    [GeneratedRegex(@"\s*\([^()]*\)\s*[.:]?\s*$")]
    private static partial Regex Trailing();
}
