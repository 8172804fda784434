using KnowledgeBase.Search.Analysis;
using Lucene.Net.Index;

namespace KnowledgeBase.Search;

/// <summary>The pairs of syllables an index's fields hold ("thẻ_căn"), each with the number of documents holding it.</summary>
internal static class IndexBigrams
{
    public static IEnumerable<(string Term, int DocFreq)> Of(IndexReader reader, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            var enumerator = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            while (enumerator is not null && enumerator.MoveNext())
            {
                var term = enumerator.Term.Utf8ToString();
                if (term.Contains(VietnameseAnalyzer.BigramSeparator, StringComparison.Ordinal))
                {
                    yield return (term, enumerator.DocFreq);
                }
            }
        }
    }
}
