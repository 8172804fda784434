using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search;

/// <summary>
/// A ranking signal on top of BM25: how much of a procedure's name the citizen's words (and their synonyms) cover.
/// Catalogue names are precise; a name fully explained by the question is a better answer than a longer name that
/// merely contains the same words plus conditions the citizen never mentioned.
/// </summary>
internal static class NameCoverage
{
    public static (int Doc, float Score)[] Rerank((int Doc, float Score)[] hits, Func<int, string> nameOf, IReadOnlyList<string> querySyllables, float boost)
    {
        if (hits.Length < 2 || querySyllables.Count == 0)
        {
            return hits;
        }

        var wanted = querySyllables.ToHashSet(StringComparer.Ordinal);
        return hits
            .Select(hit => (hit.Doc, Score: hit.Score * (1 + (boost * Share(nameOf(hit.Doc), wanted)))))
            .OrderByDescending(hit => hit.Score)
            .ToArray();
    }

    private static float Share(string name, HashSet<string> wanted)
    {
        var syllables = SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, name);
        return syllables.Count == 0 ? 0 : syllables.Count(s => wanted.Contains(s.Text)) / (float)syllables.Count;
    }
}
