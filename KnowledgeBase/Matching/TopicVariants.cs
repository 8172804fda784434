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

    // Words that say what is done to the thing rather than what it is: "Cấp đổi thẻ căn cước" is about "thẻ căn cước".
    private static readonly HashSet<string> Actions = new(
        ["cấp", "lại", "đổi", "mới", "gia", "hạn", "điều", "chỉnh", "bổ", "sung", "thay", "đăng", "ký", "làm", "thủ", "tục", "giải", "quyết"],
        StringComparer.Ordinal);

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

    /// <summary>The one sibling of <paramref name="current"/> the message names with the thing's words; null for none or several.</summary>
    public static Procedure? Find(Procedure current, MatchRequest request, HashSet<string> news, IReadOnlyList<SearchHit> hits)
    {
        // Every word typed may complete a name ("người" is a filler for the search); the new ones must be topic words.
        var message = new TokenizedText(request.SearchText).Folded;
        var thing = new TokenizedText(ThingOf(current)).Folded;
        var said = message.Concat(thing).ToHashSet(StringComparer.Ordinal);
        // A naming the message says alone is a new question, not a sibling: it must need the thing's own words.
        var thingOnly = thing.Except(message).ToHashSet(StringComparer.Ordinal);

        // The most specific naming wins: "cấp lại khi bị mất" says "Cấp lại giấy phép lái xe" and, within it, "Cấp giấy
        // phép lái xe"; two siblings named as fully are a question, not an answer.
        var found = hits.Take(Depth)
            .Select(h => h.Procedure)
            .Where(p => !ProcedureMatcher.SameProcedure(p, current))
            .DistinctBy(p => p.Family?.Key ?? p.Code)
            .Select(p => (Procedure: p, Words: NamedWords(ProcedureVocabulary.Of(p), said, news, thingOnly)))
            .Where(f => f.Words > 0)
            .OrderByDescending(f => f.Words)
            .Take(2)
            .ToList();
        return found.Count == 1 || (found.Count == 2 && found[0].Words > found[1].Words) ? found[0].Procedure : null;
    }

    /// <summary>The number of words of the longest name or alias the message says whole, with something new; 0 for none.</summary>
    private static int NamedWords(ProcedureVocabulary vocabulary, HashSet<string> said, HashSet<string> news, HashSet<string> thingOnly)
    {
        IEnumerable<IReadOnlyList<string>> namings = [vocabulary.FamilyWords, .. vocabulary.AliasWords];
        return namings
            .Where(words => words.Count > 1 && words.All(w => said.Contains(w) || MatchLexicon.LinkWords.Contains(w))
                && words.Any(news.Contains) && words.Any(thingOnly.Contains))
            .Select(words => words.Count)
            .DefaultIfEmpty(0)
            .Max();
    }
}
