using System.Text.RegularExpressions;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace Bot.Conversation;

/// <summary>
/// Which option of an open menu a typed reply picks, when it is not a bare number or a level: an ordinal ("số 3",
/// "cái thứ hai", "cái cuối"), the words that tell one option apart ("cấp lại vì bị mất", "hộ kinh doanh"), or an age
/// that only one option's name admits ("con tôi 8 tuổi"). Null when the reply picks none, so it is read as a question.
/// </summary>
public static partial class MenuReply
{
    private const int MaxOrdinalWords = 6;

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["mot"] = 1, ["nhat"] = 1, ["dau"] = 1, ["dau tien"] = 1, ["hai"] = 2, ["nhi"] = 2, ["ba"] = 3, ["bon"] = 4, ["tu"] = 4,
    };

    /// <summary>The zero-based option the reply picks among <paramref name="options"/>, or null.</summary>
    public static int? Choose(string reply, IReadOnlyList<string> topicWords, IReadOnlyList<Procedure> options)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(topicWords);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count < 2)
        {
            return null;
        }

        return Ordinal(reply, options.Count) ?? ByAge(reply, options) ?? ByDistinguishingWords(topicWords, options);
    }

    /// <summary>Whether the reply picks an option by its place ("cái thứ 2", "số 3"), whatever list it means.</summary>
    public static bool IsOrdinal(string reply) => Ordinal(reply ?? "", int.MaxValue) is not null;

    private static int? Ordinal(string reply, int count)
    {
        var folded = VietnameseText.Fold(reply);
        if (folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxOrdinalWords || OrdinalPattern().Match(folded) is not { Success: true } m)
        {
            return null;
        }

        var said = m.Groups["n"].Value;
        int? index = said is "cuoi" or "cuoi cung" or "sau cung" ? count - 1
            : int.TryParse(said, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number - 1
            : OrdinalWords.TryGetValue(said, out var word) ? word - 1
            : null;
        return index >= 0 && index < count ? index : null;
    }

    /// <summary>"con tôi 8 tuổi": the one option whose name is limited to ages that include it.</summary>
    private static int? ByAge(string reply, IReadOnlyList<Procedure> options)
    {
        if (AgeLimits.StatedAge(reply) is not { } age)
        {
            return null;
        }

        var admitting = Enumerable.Range(0, options.Count)
            .Where(i => AgeLimits.Limits(options[i]) && !AgeLimits.Excludes(options[i], age))
            .ToList();
        return admitting.Count == 1 ? admitting[0] : null;
    }

    /// <summary>
    /// The option holding the most of the reply's words that the other options lack ("cấp lại" against "cấp" and
    /// "cấp đổi"), when one holds more than every other and the reply says at most one word more that none of the
    /// options holds ("cap lai vi bi mat"): a reply naming something else ("không phải, tôi muốn thay đổi nội dung
    /// đăng ký") is a new question.
    /// </summary>
    private static int? ByDistinguishingWords(IReadOnlyList<string> topicWords, IReadOnlyList<Procedure> options)
    {
        // The topic words are already without fillers; link words stay ("đổi" folds to the "doi" of "đối với").
        var said = topicWords.Select(VietnameseText.Fold).Distinct(StringComparer.Ordinal).ToList();
        if (said.Count == 0)
        {
            return null;
        }

        var names = options.Select(o => new HashSet<string>(new TokenizedText(o.Name).Folded, StringComparer.Ordinal)).ToList();
        var elsewhere = said.Count(w => names.All(n => !n.Contains(w)));
        var scores = names.Select(n => said.Count(w => n.Contains(w) && names.Any(other => !other.Contains(w)))).ToList();
        var best = scores.Max();
        return best > 0 && best + 1 >= elsewhere && scores.Count(s => s == best) == 1 ? scores.IndexOf(best) : null;
    }

    // "3", "số 3", "cái thứ ba", "mục 2 nhé", "lựa chọn thứ nhất", "cái cuối", "cái đầu tiên".
    [GeneratedRegex(@"^(?:(?:chon|lay|la|toi|minh|em|chau)\s+)*(?:(?:cai|muc|so|lua chon|phuong an|thu tuc|y|dong|option)\s+)?(?:thu\s+|so\s+)?(?<n>\d{1,2}|mot|hai|ba|bon|tu|nhat|nhi|dau tien|dau|cuoi cung|cuoi|sau cung)(?:\s+(?:a|nhe|nha|di|day|ha|thoi|ban oi))*$", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPattern();
}
