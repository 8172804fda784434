using KnowledgeBase.Procedures;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// Picks, for each hit, the section whose text matches the query best (BM25 over the per-section folded fields),
/// so "lệ phí cấp lại căn cước" points at "Phí, lệ phí" and "cần giấy tờ gì" at "Thành phần hồ sơ".
/// Only the hits' documents are scored: each section scorer just advances to them.
/// </summary>
internal static class BestSectionScorer
{
    public static SectionKind?[] Score(IndexSearcher searcher, IReadOnlyList<int> docs, ProcedureQuery query, SearchTuning tuning)
    {
        var best = new SectionKind?[docs.Count];
        if (docs.Count == 0 || query.SectionTerms.Count == 0)
        {
            return best;
        }

        var bestScores = new float[docs.Count];
        var order = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        var leaves = searcher.IndexReader.Leaves;
        foreach (var kind in SectionHeadings.All)
        {
            var field = SearchFields.SectionFolded(kind);
            var sectionQuery = new BooleanQuery(disableCoord: true);
            foreach (var term in query.SectionTerms)
            {
                sectionQuery.Add(new TermQuery(new Term(field, term.Text)) { Boost = term.IsBigram ? tuning.BigramWeight : 1f }, Occur.SHOULD);
            }

            var weight = searcher.CreateNormalizedWeight(sectionQuery);
            var leafIndex = 0;
            Scorer? scorer = null;
            foreach (var i in order)
            {
                var doc = docs[i];
                var advanced = false;
                while (leafIndex < leaves.Count - 1 && doc >= leaves[leafIndex + 1].DocBase)
                {
                    leafIndex++;
                    advanced = true;
                }

                var leaf = leaves[leafIndex];
                if (scorer is null || advanced)
                {
                    scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                }

                if (scorer is null)
                {
                    continue;
                }

                var local = doc - leaf.DocBase;
                var current = scorer.DocID < local ? scorer.Advance(local) : scorer.DocID;
                if (current == local)
                {
                    var score = scorer.GetScore();
                    if (score > bestScores[i])
                    {
                        bestScores[i] = score;
                        best[i] = kind;
                    }
                }
            }
        }

        return best;
    }
}
