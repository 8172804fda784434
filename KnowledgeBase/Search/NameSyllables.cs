using KnowledgeBase.Procedures;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search;

/// <summary>
/// The folded syllables of a procedure's name and of each alias, analysed once per index generation, the core of the
/// official name (folded, without a leading "Thủ tục" and a trailing "(thực hiện tại cấp …)", glue words left out), and
/// the word pairs of its editor-written audience: everything re-ranking compares with the question, per hit.
/// </summary>
internal sealed class NameSyllables
{
    // How far apart (in syllables) two name words may stand and still read as one phrase in the question:
    // "xóa tạm trú" for "xóa đăng ký tạm trú".
    private const int NeighbourDistance = 3;

    private readonly string[][] _names;
    private readonly string[] _coreSequence;
    private readonly HashSet<string> _core;
    private readonly HashSet<string>[] _aliases;

    // Every syllable of the name and the aliases.
    private readonly HashSet<string> _all;

    // One bit per word (by its hash) of the core and of the core's whole sequence: a word of one name whose bit the
    // other's mask lacks is not in the other, so most pairs of names fail a subset test on two machine words before
    // any set is looked into. A filter only: a set bit proves nothing, the sets still decide.
    private readonly ulong _coreMask;
    private readonly ulong _sequenceMask;

    // The core as " w1 w2 … " for finding a synonym expansion that is a run of it.
    private readonly string _coreText;

    // Adjacent folded syllable pairs of the procedure's narrower audience ("cong an", "than nhan"); empty for most.
    private readonly HashSet<string> _audiencePairs;

    private NameSyllables(string code, string[][] names, string[] core, string[] audience)
    {
        Code = code;
        _audiencePairs = Pairs(audience);
        _names = names;
        _coreSequence = core;
        _coreText = " " + string.Join(' ', core) + " ";
        _core = WithoutGlue(core);
        _coreMask = Mask(_core);
        _sequenceMask = Mask(core);
        _aliases = names.Skip(1).Select(WithoutGlue).Where(a => a.Count > 0).ToArray();
        _all = names.SelectMany(n => n).ToHashSet(StringComparer.Ordinal);
    }

    private static ulong Mask(IEnumerable<string> words)
    {
        var mask = 0UL;
        foreach (var word in words)
        {
            mask |= 1UL << (StringComparer.Ordinal.GetHashCode(word) & 63);
        }

        return mask;
    }

    /// <summary>False when some word of <paramref name="words"/> is surely not among the words of <paramref name="of"/>, by their masks.</summary>
    private static bool MayBeSubset(ulong words, ulong of) => (words & ~of) == 0;

    private static HashSet<string> WithoutGlue(IEnumerable<string> syllables) =>
        syllables.Where(s => !PhraseKeys.Glue.Contains(s)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The procedure's code: orders hits of equal score the same way whatever order the build added them in.</summary>
    public string Code { get; }

    public static NameSyllables Of(Procedure procedure) => Of(procedure.Code, new[] { procedure.Name }.Concat(procedure.Aliases), procedure.Audience);

    /// <param name="code">The procedure's code.</param>
    /// <param name="names">The official name first, then the aliases.</param>
    /// <param name="audience">Who the procedure is for, when narrower than its name says (see <see cref="Procedure.Audience"/>).</param>
    public static NameSyllables Of(string code, IEnumerable<string> names, string? audience = null)
    {
        var list = names.ToList();
        var core = list.Count == 0 ? "" : PhraseKeys.Core(list[0]);
        return new(
            code,
            list
                .Select(Syllables)
                .Where(s => s.Length > 0)
                .ToArray(),
            core.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            string.IsNullOrWhiteSpace(audience) ? [] : Syllables(audience));
    }

    private static string[] Syllables(string text) => SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, text).Select(t => t.Text).ToArray();

    private static HashSet<string> Pairs(string[] syllables)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < syllables.Length; i++)
        {
            pairs.Add(syllables[i] + " " + syllables[i + 1]);
        }

        return pairs;
    }

    /// <summary>
    /// True when the procedure is for a narrower audience and the question names none of it: no pair of adjacent
    /// words of the question or of its synonym expansions is a pair of the audience's ("công an", "thân nhân").
    /// </summary>
    public bool AudienceUnnamedIn(QueryWording wording)
    {
        if (_audiencePairs.Count == 0)
        {
            return false;
        }

        foreach (var words in wording.Expansions.Select(e => e.Split(' ')).Prepend(wording.Text))
        {
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (_audiencePairs.Contains(words[i] + " " + words[i + 1]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The largest share of one name's syllables found in <paramref name="wanted"/>.</summary>
    public float BestShare(HashSet<string> wanted)
    {
        var best = 0f;
        foreach (var name in _names)
        {
            var covered = 0;
            foreach (var syllable in name)
            {
                if (wanted.Contains(syllable))
                {
                    covered++;
                }
            }

            best = Math.Max(best, covered / (float)name.Length);
        }

        return best;
    }

    /// <summary>
    /// The share of the question's distinct words (<paramref name="asked"/>, glue words left out) that the name or one
    /// of its aliases holds: the other side of <see cref="BestShare"/>, low when a long question's words point elsewhere
    /// (a learned ranking feature).
    /// </summary>
    public float QuestionShare(IReadOnlyCollection<string> asked)
    {
        var held = 0;
        foreach (var word in asked)
        {
            held += _all.Contains(word) ? 1 : 0;
        }

        return asked.Count == 0 ? 0f : held / (float)asked.Count;
    }

    /// <summary>The distinct words of a question less the glue words, as <see cref="QuestionShare"/> reads them.</summary>
    public static HashSet<string> AskedWords(IEnumerable<string> question)
    {
        var asked = question.ToHashSet(StringComparer.Ordinal);
        asked.ExceptWith(PhraseKeys.Glue);
        return asked;
    }

    /// <summary>
    /// How the official name's core reads against the question's words (<paramref name="wanted"/>), for the learned
    /// ranking: the share of its words the question holds, its words the question lacks, and its action words
    /// ("lại", "gia hạn", "rút"…, see <see cref="ActionWords.OtherActions"/>) the question asks for or not.
    /// </summary>
    public (float CoreShare, int Missing, int AskedActions, int UnaskedActions) CoreAgainst(HashSet<string> wanted)
    {
        var held = 0;
        var asked = 0;
        var unasked = 0;
        foreach (var word in _core)
        {
            var isWanted = wanted.Contains(word);
            held += isWanted ? 1 : 0;
            if (ActionWords.OtherActions.Contains(word))
            {
                asked += isWanted ? 1 : 0;
                unasked += isWanted ? 0 : 1;
            }
        }

        return (_core.Count == 0 ? 0f : held / (float)_core.Count, _core.Count - held, asked, unasked);
    }

    /// <summary>True when every syllable of the official name's core is in <paramref name="wanted"/>.</summary>
    public bool CoreCoveredBy(HashSet<string> wanted) => _core.Count > 0 && _core.IsSubsetOf(wanted);

    /// <summary>
    /// True when this name, or one of its aliases, is <paramref name="narrower"/>'s core less a few words, and the
    /// question uses each of those words as <paramref name="narrower"/>'s name does: next to a word that stands near
    /// it, on the same side, in that name ("ký lại" for "đăng ký lại kết hôn"), or inside a synonym expansion that is
    /// a run of that name ("có yếu tố nước ngoài").
    /// </summary>
    public bool IsNarrowedByQuestionTo(NameSyllables narrower, QueryWording wording)
    {
        if (_core.Count == 0 || narrower._core.IsSubsetOf(_core))
        {
            return false;
        }

        if (IsNarrowedByQuestionTo(_core, narrower, wording))
        {
            return true;
        }

        foreach (var alias in _aliases)
        {
            if (IsNarrowedByQuestionTo(alias, narrower, wording))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many syllables of the start of the official name the question's own words spell out in a row ("chứng thực
    /// chữ ký người dịch bản dịch" spells six of "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên…").
    /// </summary>
    public int NamedStartIn(IReadOnlyList<string> text)
    {
        var longest = 0;
        for (var q = 0; q < text.Count; q++)
        {
            var length = 0;
            while (length < _coreSequence.Length && q + length < text.Count && text[q + length] == _coreSequence[length])
            {
                length++;
            }

            longest = Math.Max(longest, length);
        }

        return longest;
    }

    /// <summary>
    /// True when this name, or one of its aliases, holds fewer words than <paramref name="start"/> (a narrower name's
    /// <see cref="StartWords"/> the question spells, worked out once per name) and none it leaves out ("chứng thực chữ
    /// ký" against a question that spells "chứng thực chữ ký người dịch").
    /// </summary>
    public bool IsNarrowedByNamedStart(HashSet<string> start)
    {
        if (_core.Count == 0 || start.IsSubsetOf(_core))
        {
            // This name says all the start says: an alias shorter than the start does not make it broader.
            return false;
        }

        if (_core.IsProperSubsetOf(start))
        {
            return true;
        }

        foreach (var alias in _aliases)
        {
            if (alias.IsProperSubsetOf(start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words (glue left out) of the first <paramref name="length"/> syllables of the official name's core.</summary>
    public HashSet<string> StartWords(int length) => WithoutGlue(_coreSequence.Take(length));

    /// <summary>
    /// True when this core is <paramref name="plain"/>'s plus words that are all in <paramref name="kind"/> and none
    /// asked for (<paramref name="asked"/>) ("cấp lại X" against "cấp X" for a question without "lại").
    /// </summary>
    public bool AddsOnlyUnasked(NameSyllables plain, IReadOnlySet<string> kind, Func<string, bool> asked)
    {
        // In order, word by word: folded, "cấp lại giấy chứng nhận giáo viên dạy lái xe" holds "lai" twice, and only
        // the first is an added word.
        var mine = _coreSequence;
        var theirs = plain._coreSequence;
        if (theirs.Length == 0 || theirs.Length >= mine.Length || !MayBeSubset(plain._sequenceMask, _sequenceMask))
        {
            return false;
        }

        var matched = 0;
        foreach (var word in mine)
        {
            if (matched < theirs.Length && word == theirs[matched])
            {
                matched++;
            }
            else if (!kind.Contains(word) || asked(word))
            {
                return false;
            }
        }

        return matched == theirs.Length;
    }

    /// <summary>
    /// True when this core holds every word of <paramref name="plain"/>'s and more, in any order, none of the more asked
    /// for (<paramref name="asked"/>): "rút yêu cầu trợ giúp pháp lý của người được trợ giúp pháp lý" against "yêu cầu
    /// trợ giúp pháp lý", "tạm ngừng kinh doanh … của hộ kinh doanh" against "thông báo tạm ngừng kinh doanh …" for a
    /// question about a company.
    /// </summary>
    public bool AddsUnaskedWords(NameSyllables plain, Func<string, bool> asked)
    {
        if (plain._core.Count == 0 || !MayBeSubset(plain._coreMask, _coreMask) || !plain._core.IsProperSubsetOf(_core))
        {
            return false;
        }

        foreach (var word in _core)
        {
            if (!plain._core.Contains(word) && asked(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the core holds a word of <paramref name="kind"/>: without one, <see cref="DiffersOnlyInUnasked"/> is false against any name.</summary>
    public bool CoreHasAny(IReadOnlySet<string> kind) => _core.Overlaps(kind);

    /// <summary>
    /// True when this core and <paramref name="other"/>'s share all but a few words, this core's own words all being
    /// in <paramref name="kind"/> and none of the other's one or two own words asked for (<paramref name="asked"/>)
    /// ("cấp mới X" against "cấp lại X" for a question that says neither).
    /// </summary>
    public bool DiffersOnlyInUnasked(NameSyllables other, IReadOnlySet<string> kind, Func<string, bool> asked)
    {
        var own = 0;
        foreach (var word in _core)
        {
            if (!other._core.Contains(word))
            {
                if (!kind.Contains(word))
                {
                    return false;
                }

                own++;
            }
        }

        var otherOwn = 0;
        foreach (var word in other._core)
        {
            if (!_core.Contains(word) && (asked(word) || ++otherOwn > 2))
            {
                return false;
            }
        }

        return own > 0 && otherOwn > 0;
    }

    private static bool IsNarrowedByQuestionTo(HashSet<string> mine, NameSyllables narrower, QueryWording wording)
    {
        if (mine.Count == 0 || !mine.IsProperSubsetOf(narrower._core))
        {
            return false;
        }

        foreach (var word in narrower._core)
        {
            if (!mine.Contains(word) && !narrower.InQuestionText(word, wording.Text) && !narrower.InExpansion(word, wording.Expansions))
            {
                return false;
            }
        }

        return true;
    }

    private bool InQuestionText(string extra, IReadOnlyList<string> text)
    {
        for (var q = 0; q < text.Count; q++)
        {
            if (text[q] != extra)
            {
                continue;
            }

            // One word of the citizen's own may come between ("khóa tạm căn cước điện tử").
            foreach (var step in (ReadOnlySpan<int>)[-2, -1, 1, 2])
            {
                var neighbour = q + step;
                if (neighbour >= 0 && neighbour < text.Count && StandsNear(extra, text[neighbour], Math.Sign(step)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="other"/> follows (side 1) or precedes (side -1) <paramref name="word"/> closely in the core.</summary>
    private bool StandsNear(string word, string other, int side)
    {
        for (var p = 0; p < _coreSequence.Length; p++)
        {
            if (_coreSequence[p] != word)
            {
                continue;
            }

            for (var d = 1; d <= NeighbourDistance; d++)
            {
                var at = p + (side * d);
                if (at >= 0 && at < _coreSequence.Length && _coreSequence[at] == other)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool InExpansion(string extra, IReadOnlyList<string> expansions)
    {
        foreach (var expansion in expansions)
        {
            if (expansion.Contains(' ', StringComparison.Ordinal)
                && (" " + expansion + " ").Contains(" " + extra + " ", StringComparison.Ordinal)
                && _coreText.Contains(" " + expansion + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
