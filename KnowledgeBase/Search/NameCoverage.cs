using KnowledgeBase.Procedures;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search;

/// <summary>
/// A ranking signal on top of BM25: how much of a procedure's name the citizen's words (and their synonyms) cover.
/// Catalogue names are precise; a name fully explained by the question is a better answer than a longer name that
/// merely contains the same words plus conditions the citizen never mentioned. Aliases are names too: the best
/// covered of the name and its aliases counts.
/// </summary>
internal static class NameCoverage
{
    public static (int Doc, float Score)[] Rerank((int Doc, float Score)[] hits, Func<int, NameSyllables> namesOf, IReadOnlyList<string> querySyllables, float boost)
    {
        if (hits.Length < 2 || querySyllables.Count == 0)
        {
            return hits;
        }

        var wanted = querySyllables.ToHashSet(StringComparer.Ordinal);
        return hits
            .Select(hit => (hit.Doc, Score: hit.Score * (1 + (boost * namesOf(hit.Doc).BestShare(wanted)))))
            .OrderByDescending(hit => hit.Score)
            .ToArray();
    }
}

/// <summary>The folded syllables of a procedure's name and of each alias, analysed once per index generation.</summary>
internal sealed class NameSyllables
{
    private readonly string[][] _names;

    private NameSyllables(string[][] names) => _names = names;

    public static NameSyllables Of(Procedure procedure) => Of(new[] { procedure.Name }.Concat(procedure.Aliases));

    public static NameSyllables Of(IEnumerable<string> names) => new(
        names
            .Select(n => SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, n).Select(t => t.Text).ToArray())
            .Where(s => s.Length > 0)
            .ToArray());

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
}
