namespace KnowledgeBase.Search;

/// <summary>
/// A ranking signal on top of BM25: how much of a procedure's name the citizen's words (and their synonyms) cover.
/// Catalogue names are precise; a name fully explained by the question is a better answer than a longer name that
/// merely contains the same words plus conditions the citizen never mentioned. Aliases are names too: the best
/// covered of the name and its aliases counts.
/// </summary>
internal static class NameCoverage
{
    /// <param name="audienceFactor">Score factor for a procedure whose narrower audience the question does not name.</param>
    public static (int Doc, float Score)[] Rerank((int Doc, float Score)[] hits, Func<int, NameSyllables> namesOf, ProcedureQuery query, float boost, float audienceFactor = 1f)
    {
        if (hits.Length < 2 || query.Syllables.Count == 0)
        {
            return hits;
        }

        var wanted = query.Syllables.ToHashSet(StringComparer.Ordinal);
        var ranked = hits
            .Select(hit => (hit.Doc, Names: namesOf(hit.Doc), hit.Score))
            .Select(hit => (hit.Doc, hit.Names, Score: hit.Score * (1 + (boost * hit.Names.BestShare(wanted))) * AudienceFactor(hit.Names, query.Wording, audienceFactor)))
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Names.Code, StringComparer.Ordinal)
            .Select(hit => (hit.Doc, hit.Score))
            .ToArray();
        return NameRefinements.Apply(ranked, namesOf, wanted, query.Wording);
    }

    private static float AudienceFactor(NameSyllables names, QueryWording wording, float factor) =>
        factor != 1f && names.AudienceUnnamedIn(wording) ? factor : 1f;
}
