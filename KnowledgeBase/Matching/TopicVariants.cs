using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// "còn nếu bị mất thì sao" after the renewal of an ID card, "còn đổi bằng thì sao" after a lost driving licence: a
/// message that names no procedure of its own but, read with the thing under discussion, names a sibling of it. The
/// sibling's whole name or one of its aliases must be said by the message and the thing's own words together, with at
/// least one word of the message that the current procedure's vocabulary lacks ("mất", "đổi", "cấp lại").
/// </summary>
internal static class TopicVariants
{
    private const int Depth = 10;

    // More siblings named alike than a menu shows: the message said too little to ask about them.
    private const int MaxNamed = 3;

    // Words that say what is done to the thing rather than what it is: "Cấp đổi thẻ căn cước" is about "thẻ căn cước".
    private static readonly HashSet<string> Actions = new(
        ["cấp", "lại", "đổi", "mới", "gia", "hạn", "điều", "chỉnh", "bổ", "sung", "thay", "đăng", "ký", "làm", "thủ", "tục", "giải", "quyết"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> FoldedActions = new(Actions.Select(VietnameseText.Fold), StringComparer.Ordinal);

    // Weak as they are, these tell siblings apart: "cấp lại" is not "đổi".
    private static readonly HashSet<string> TellingActions = new(["cap", "lai", "doi", "moi"], StringComparer.Ordinal);

    /// <summary>
    /// The words of <paramref name="current"/>'s name that name the thing, not the action nor whom it is for, with their
    /// accents: "Cấp thẻ căn cước cho người dưới 14 tuổi" is about "thẻ căn cước", which its re-issue shares.
    /// </summary>
    public static string ThingOf(Procedure current)
    {
        var key = FamilyGrouping.KeyOf(current.Name);
        var words = new TokenizedText(current.Name).Words
            .TakeWhile(w => !Qualifiers.Contains(w))
            .Where(w => !Actions.Contains(w) && key.Contains(VietnameseText.Fold(w), StringComparison.Ordinal));
        return string.Join(' ', words);
    }

    /// <summary>
    /// The thing as searched for its siblings: its name's words, or, when the name is a long list ("Đăng ký đất đai,
    /// tài sản gắn liền với đất, cấp Giấy chứng nhận … lần đầu"), the shortest alias's ("sổ đỏ"), which its siblings share.
    /// </summary>
    public static string SearchedThingOf(Procedure current)
    {
        const int MaxThingWords = 6;
        var thing = ThingOf(current);
        if (thing.Split(' ').Length <= MaxThingWords || current.Aliases.Count == 0)
        {
            return thing;
        }

        var alias = current.Aliases.OrderBy(a => a.Length).First();
        return string.Join(' ', new TokenizedText(alias).Words.Where(w => !Actions.Contains(w)));
    }

    // Where a name turns from the thing to whom or where it is for.
    private static readonly HashSet<string> Qualifiers = new(["cho", "đối", "của", "tại", "ở", "theo", "trong"], StringComparer.Ordinal);

    /// <summary>
    /// Words of the message the current procedure does not hold, compared as typed ("lại" is not the "lái" of "giấy
    /// phép lái xe"): a change of subject. Empty when there is none, and then no sibling is looked for.
    /// </summary>
    public static HashSet<string> NewWords(Procedure current, MatchRequest request)
    {
        // Topic words only: "mất" of "mất mấy ngày" asks for the time, it does not say the papers were lost.
        var message = new TokenizedText(string.Join(' ', request.TopicWords));
        var currentVocabulary = ProcedureVocabulary.Of(current);
        return message.Words.Zip(message.Folded)
            .Where(w => !(w.First == w.Second ? currentVocabulary.Folded.Contains(w.Second) : currentVocabulary.Words.Contains(w.First))
                && !MatchLexicon.IsLink(w.First, w.Second)
                && (!MatchLexicon.IsWeak(w.First, w.Second) || TellingActions.Contains(w.Second)))
            .Select(w => w.Second)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Words a message implies beyond its own: "nếu bị mất thì sao" asks for the paper issued again ("cấp lại"). Empty
    /// when it says no loss.
    /// </summary>
    public static IReadOnlyList<string> Implied(MatchRequest request)
    {
        var folded = " " + string.Join(' ', new TokenizedText(request.SearchText).Folded) + " ";
        return LostPhrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal)) ? ["cấp", "lại"] : [];
    }

    // How a citizen says the paper is gone (folded): "bị mất", "làm mất", "đánh mất", "thất lạc".
    private static readonly string[] LostPhrases = ["bi mat", "lam mat", "danh mat", "that lac", "mat roi"];

    /// <summary>
    /// The siblings of <paramref name="current"/> the message names with the thing's words, most specifically: one is
    /// the answer, two or three named as fully are a question ("Khai báo tạm trú cho người nước ngoài" by form or
    /// online); empty for none.
    /// </summary>
    /// <param name="meanings">What the editors' synonyms say phrases of the message mean ("người Hàn Quốc" → "yếu tố nước ngoài").</param>
    /// <param name="returning">The message goes back to <paramref name="current"/> by name ("quay lại chuyện đăng ký kết hôn, nếu …"): its words name the thing, and still no new question.</param>
    public static IReadOnlyList<Procedure> Find(Procedure current, MatchRequest request, HashSet<string> news, IReadOnlyList<SearchHit> hits, IReadOnlyList<string> meanings, bool returning = false)
    {
        // Every word typed may complete a name ("người" is a filler for the search); the new ones must be topic words.
        // The current name's own words count as said ("đăng ký" of "Đăng ký kết hôn" for its foreign variant), and so
        // does what the message implies or its synonyms mean.
        var message = new TokenizedText(request.SearchText).Folded;
        var currentVocabulary = ProcedureVocabulary.Of(current);
        // The thing as its name says it and as its aliases do ("sổ đỏ" for the first land certificate).
        var thing = new TokenizedText(ThingOf(current)).Folded
            .Concat(currentVocabulary.AliasWords.SelectMany(a => a).Where(w => !FoldedActions.Contains(w)))
            .ToList();
        var implied = Implied(request);
        var meant = meanings.SelectMany(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        news = news.Concat(implied.Where(w => !currentVocabulary.Words.Contains(w)).Select(VietnameseText.Fold))
            .Concat(meant.Where(w => !currentVocabulary.Folded.Contains(w)))
            .ToHashSet(StringComparer.Ordinal);
        var said = message.Concat(thing).Concat(currentVocabulary.FamilyWords).Concat(implied.Select(VietnameseText.Fold))
            .Concat(meant)
            .ToHashSet(StringComparer.Ordinal);
        // A naming the message says alone is a new question, not a sibling: it must need the thing's own words.
        var thingOnly = (returning ? thing : thing.Except(message)).ToHashSet(StringComparer.Ordinal);

        // The most specific naming wins: "cấp lại khi bị mất" says "Cấp lại giấy phép lái xe" and, within it, "Cấp giấy
        // phép lái xe"; siblings named as fully are a question, not an answer.
        var found = hits.Take(Depth)
            .Select(h => h.Procedure)
            .Where(p => !ProcedureMatcher.SameProcedure(p, current))
            .DistinctBy(p => p.Family?.Key ?? p.Code)
            .Select(p => (Procedure: p, Words: NamedWords(ProcedureVocabulary.Of(p), said, news.Concat(Distinguishing(ProcedureVocabulary.Of(p), currentVocabulary, message)).ToHashSet(StringComparer.Ordinal), thingOnly)))
            .Where(f => f.Words > 0 && !NamesAnotherThing(message, currentVocabulary, ProcedureVocabulary.Of(f.Procedure)))
            .ToList();
        var most = found.Select(f => f.Words).DefaultIfEmpty(0).Max();
        var named = found.Where(f => f.Words == most).Select(f => f.Procedure).ToList();
        return named.Count <= MaxNamed ? named : [];
    }

    /// <summary>
    /// The message abbreviates a thing neither the current procedure nor the sibling is about: "thẻ bhyt bị mất" after a
    /// driving licence is a lost health-insurance card, not the licence's re-issue.
    /// </summary>
    private static bool NamesAnotherThing(string[] message, ProcedureVocabulary current, ProcedureVocabulary sibling) =>
        ProcedureMatcher.AbbreviatedThings(message).Any(thing => thing.Any(w => !MatchLexicon.WeakFolded.Contains(w)
            && !MatchLexicon.LinkWords.Contains(w) && !current.Folded.Contains(w) && !sibling.Folded.Contains(w)));

    /// <summary>
    /// Words of the sibling's name the current name lacks, said in the message: new even when an alias of the current
    /// one holds them ("ở nước ngoài" after "Nhập quốc tịch Việt Nam ở trong nước", whose alias says "người nước ngoài").
    /// </summary>
    private static IEnumerable<string> Distinguishing(ProcedureVocabulary sibling, ProcedureVocabulary current, string[] message) =>
        sibling.FamilyWords.Where(w => !current.FamilyWords.Contains(w) && !MatchLexicon.LinkWords.Contains(w)
            && !MatchLexicon.WeakFolded.Contains(w) && message.Contains(w));

    /// <summary>The number of words of the longest name or alias the message says whole, with something new; 0 for none.</summary>
    private static int NamedWords(ProcedureVocabulary vocabulary, HashSet<string> said, HashSet<string> news, HashSet<string> thingOnly)
    {
        IEnumerable<IReadOnlyList<string>> namings = [vocabulary.FamilyWords, .. vocabulary.AliasWords];
        return namings
            // "có" before a situation ("… có yếu tố nước ngoài") only introduces it.
            .Where(words => words.Count > 1 && words.All(w => said.Contains(w) || MatchLexicon.LinkWords.Contains(w) || w == "co")
                && words.Any(news.Contains) && words.Any(thingOnly.Contains))
            .Select(words => words.Count)
            .DefaultIfEmpty(0)
            .Max();
    }
}
