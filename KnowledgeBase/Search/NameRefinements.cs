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
        for (var j = 1; j < ranked.Length; j++)
        {
            var lower = new Candidate(namesOf(ranked[j].Doc), wanted, wording);
            var beaten = -1;
            for (var i = 0; i < j && beaten < 0; i++)
            {
                if (Beats(lower, namesOf(ranked[i].Doc), asked, wording))
                {
                    beaten = i;
                }
            }

            if (beaten >= 0)
            {
                // Just above the beaten hit: the score stays a ranking score, only nudged past it.
                var moved = (ranked[j].Doc, Score: ranked[beaten].Score * 1.0001f);
                Array.Copy(ranked, beaten, ranked, beaten + 1, j - beaten);
                ranked[beaten] = moved;
            }
        }

        return ranked;
    }

    private static bool Beats(Candidate lower, NameSyllables upper, Func<string, bool> asked, QueryWording wording) =>
        (lower.Covered && upper.IsNarrowedByQuestionTo(lower.Names, wording))
        || (lower.NamedStart >= PhraseKeys.MinPrefixSyllables && upper.IsNarrowedByNamedStart(lower.Names, lower.NamedStart))
        || upper.AddsOnlyUnasked(lower.Names, ActionWords.OtherActions, asked)
        || upper.AddsUnaskedWords(lower.Names, asked)
        || lower.Names.DiffersOnlyInUnasked(upper, ActionWords.FirstIssuance, asked);

    /// <summary>
    /// Whether the question asks for a word: among its words and their synonyms (folded), and for the action words,
    /// with the diacritics the citizen typed when they typed any.
    /// </summary>
    private sealed class AskedWords(HashSet<string> wanted, QueryWording wording)
    {
        private readonly HashSet<string> _accented = new(wording.Accented, StringComparer.Ordinal);
        private readonly HashSet<string> _expanded = new(wording.Expansions.SelectMany(e => e.Split(' ')), StringComparer.Ordinal);

        public bool Contains(string word)
        {
            if (_accented.Count == 0 || !ActionWords.OtherActionSpellings.TryGetValue(word, out var spellings))
            {
                return wanted.Contains(word);
            }

            if (_expanded.Contains(word))
            {
                return true;
            }

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
        public int NamedStart { get; } = names.NamedStartIn(wording.Text);

        public NameSyllables Names { get; } = names;

        public bool Covered { get; } = names.CoreCoveredBy(wanted);
    }
}
