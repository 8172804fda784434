namespace KnowledgeBase.Search;

/// <summary>
/// Order between names where one is the other plus a few words ("đăng ký kết hôn" / "đăng ký lại kết hôn") or two
/// names differ in one word ("cấp mới" / "cấp lại"). BM25 tends to favour whichever procedure has the richer text and
/// aliases; the citizen's words say which one they mean:
/// <list type="bullet">
/// <item>the narrower name, when the question covers it whole and uses the added words as the name does
/// ("đăng ký lại kết hôn", "xóa tạm trú"), but not for a stray "lại" ("để lại di chúc");</item>
/// <item>the plain name, when the other is the same name plus action words the question does not ask for
/// ("yêu cầu trợ giúp pháp lý" rather than "rút yêu cầu trợ giúp pháp lý");</item>
/// <item>first issuance ("cấp mới", "lần đầu"), when two names differ only in the kind of issuance and the question
/// names neither ("xin chứng chỉ hành nghề" rather than "cấp lại chứng chỉ hành nghề").</item>
/// </list>
/// A hit that wins moves just above the one it beats; nothing else changes order.
/// </summary>
internal static class NameRefinements
{
    public static (int Doc, float Score)[] Apply((int Doc, float Score)[] ranked, Func<int, NameSyllables> namesOf, HashSet<string> wanted, QueryWording wording)
    {
        // One delegate for the whole pass: a method group converted per pair allocated one each time.
        Func<string, bool> asked = new AskedWords(wanted, wording).Contains;

        // Each hit's names looked up once and moved along with it, not once per pair.
        var names = new NameSyllables[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            names[i] = namesOf(ranked[i].Doc);
        }

        for (var j = 1; j < ranked.Length; j++)
        {
            var lower = new Candidate(names[j], wanted, wording);
            var beaten = -1;
            for (var i = 0; i < j && beaten < 0; i++)
            {
                if (Beats(lower, names[i], asked, wording))
                {
                    beaten = i;
                }
            }

            if (beaten >= 0)
            {
                // Just above the beaten hit: the score stays a ranking score, only nudged past it.
                var moved = (ranked[j].Doc, Score: ranked[beaten].Score * 1.0001f);
                ranked.AsSpan(beaten, j - beaten).CopyTo(ranked.AsSpan(beaten + 1));
                ranked[beaten] = moved;
                names.AsSpan(beaten, j - beaten).CopyTo(names.AsSpan(beaten + 1));
                names[beaten] = lower.Names;
            }
        }

        return ranked;
    }

    private static bool Beats(Candidate lower, NameSyllables upper, Func<string, bool> asked, QueryWording wording) =>
        (lower.Covered && upper.IsNarrowedByQuestionTo(lower.Names, wording))
        || (lower.NamedStartWords is { } start && upper.IsNarrowedByNamedStart(start))
        || upper.AddsOnlyUnasked(lower.Names, ActionWords.OtherActions, asked)
        || upper.AddsUnaskedWords(lower.Names, asked)
        || (lower.NamesFirstIssuance && lower.Names.DiffersOnlyInUnasked(upper, ActionWords.FirstIssuance, asked));

    /// <summary>
    /// Whether the question asks for a word: among its words and their synonyms (folded), and for the action words,
    /// with the diacritics the citizen typed when they typed any.
    /// </summary>
    private sealed class AskedWords(HashSet<string> wanted, QueryWording wording)
    {
        // Built on the first action word asked about: most passes never ask about one.
        private HashSet<string>? _accented;
        private HashSet<string>? _expanded;

        public bool Contains(string word)
        {
            if (wording.Accented.Count == 0 || !ActionWords.OtherActionSpellings.TryGetValue(word, out var spellings))
            {
                return wanted.Contains(word);
            }

            _expanded ??= new(wording.Expansions.SelectMany(e => e.Split(' ')), StringComparer.Ordinal);
            if (_expanded.Contains(word))
            {
                return true;
            }

            _accented ??= new(wording.Accented, StringComparer.Ordinal);
            foreach (var spelling in spellings)
            {
                if (_accented.Contains(spelling))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A lower hit's names and how far the question covers them, worked out once against every hit above it.</summary>
    private readonly struct Candidate(NameSyllables names, HashSet<string> wanted, QueryWording wording)
    {
        public NameSyllables Names { get; } = names;

        // Worked out once per lower hit rather than per pair: the start the question spells (a set per pair before),
        // and whether the name holds an issuance word at all (most do not, and then no pair differs only in one).
        public HashSet<string>? NamedStartWords { get; } = names.NamedStartIn(wording.Text) is var start && start >= PhraseKeys.MinPrefixSyllables
            ? names.StartWords(start)
            : null;

        public bool NamesFirstIssuance { get; } = names.CoreHasAny(ActionWords.FirstIssuance);

        public bool Covered { get; } = names.CoreCoveredBy(wanted);
    }
}
