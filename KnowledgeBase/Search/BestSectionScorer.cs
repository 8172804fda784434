using KnowledgeBase.Procedures;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search;

/// <summary>
/// Picks, for each hit, the section whose text matches the query best, so "lệ phí cấp lại căn cước" points at
/// "Phí, lệ phí" and "cần giấy tờ gì" (expanded to "thành phần hồ sơ") at "Thành phần hồ sơ". Reads the positions
/// of the query's syllables in the hits' bodies (see <see cref="SectionPositions"/>) and scores each section
/// BM25-style: rare words count more, repeats saturate, long sections need more evidence.
/// </summary>
internal static class BestSectionScorer
{
    private const float K1 = 1.2f;
    private const float B = 0.5f;

    // Average section length in syllables, for length normalisation; sections are estimated at ~4.5 characters per syllable.
    private const float AverageSyllables = 120f;
    private const float CharactersPerSyllable = 4.5f;

    public static SectionKind?[] Score(IndexSearcher searcher, IndexVocabulary vocabulary, IReadOnlyList<int> docs, IReadOnlyList<Procedure> procedures, ProcedureQuery query)
    {
        var best = new SectionKind?[docs.Count];
        if (docs.Count == 0 || query.Syllables.Count == 0)
        {
            return FromIntents(best, procedures, query);
        }

        var reader = searcher.IndexReader;
        var documentCount = reader.NumDocs;
        var frequencies = new int[docs.Count][];
        for (var i = 0; i < docs.Count; i++)
        {
            frequencies[i] = new int[procedures[i].Sections.Count];
        }

        var scores = new float[docs.Count][];
        for (var i = 0; i < docs.Count; i++)
        {
            scores[i] = new float[procedures[i].Sections.Count];
        }

        var order = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        var readers = new PositionReaders(reader.Leaves.Count);
        foreach (var syllable in query.Syllables)
        {
            // The lookup is cached per build (see IndexVocabulary); without an index vocabulary, read it here.
            var term = new Term(SearchFields.BodyFolded, syllable);
            var lookup = vocabulary.Lookup(SearchFields.BodyFolded, syllable);
            var documentFrequency = lookup?.DocFreq ?? (vocabulary.Contains(SearchFields.BodyFolded, syllable) ? reader.DocFreq(term) : 0);
            if (documentFrequency == 0)
            {
                continue;
            }

            var idf = (float)Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
            foreach (var counts in frequencies)
            {
                Array.Clear(counts);
            }

            CountPositions(reader, readers, term, lookup, docs, order, frequencies);
            for (var i = 0; i < docs.Count; i++)
            {
                for (var s = 0; s < frequencies[i].Length; s++)
                {
                    var tf = frequencies[i][s];
                    if (tf > 0)
                    {
                        var length = procedures[i].Sections[s].Text.Length / CharactersPerSyllable;
                        scores[i][s] += idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * length / AverageSyllables))));
                    }
                }
            }
        }

        for (var i = 0; i < docs.Count; i++)
        {
            var top = 0f;
            for (var s = 0; s < scores[i].Length; s++)
            {
                if (scores[i][s] > top)
                {
                    top = scores[i][s];
                    best[i] = procedures[i].Sections[s].Kind;
                }
            }
        }

        return FromIntents(best, procedures, query);
    }

    /// <summary>A section the citizen asked for by name ("bao lâu", "lệ phí") wins over word overlap.</summary>
    private static SectionKind?[] FromIntents(SectionKind?[] best, IReadOnlyList<Procedure> procedures, ProcedureQuery query)
    {
        if (query.Intents.Count == 0)
        {
            return best;
        }

        for (var i = 0; i < best.Length; i++)
        {
            foreach (var intent in query.Intents)
            {
                if (procedures[i].GetSection(intent) is not null)
                {
                    best[i] = intent;
                    break;
                }
            }
        }

        return best;
    }

    private static void CountPositions(IndexReader reader, PositionReaders readers, Term term, TermContext? lookup, IReadOnlyList<int> docs, int[] order, int[][] frequencies)
    {
        var leaves = reader.Leaves;
        DocsAndPositionsEnum? positions = null;
        var leafIndex = -1;
        foreach (var i in order)
        {
            var doc = docs[i];
            var leaf = ReaderUtil.SubIndex(doc, leaves);
            if (leaf != leafIndex)
            {
                leafIndex = leaf;
                positions = readers.Positions(leaf, leaves[leaf].AtomicReader, term, lookup?.Get(leaves[leaf].Ord));
            }

            if (positions is null)
            {
                continue;
            }

            var local = doc - leaves[leaf].DocBase;
            var current = positions.DocID < local ? positions.Advance(local) : positions.DocID;
            if (current != local)
            {
                continue;
            }

            for (var k = positions.Freq; k > 0; k--)
            {
                var ordinal = SectionPositions.SectionOrdinal(positions.NextPosition());
                if (ordinal < frequencies[i].Length)
                {
                    frequencies[i][ordinal]++;
                }
            }
        }
    }

    /// <summary>
    /// One terms enumerator and one positions enumerator per segment, reused for every syllable of a search: each
    /// fresh pair allocates a few kilobytes of decoding buffers, and a long question has dozens of syllables.
    /// </summary>
    private sealed class PositionReaders(int leaves)
    {
        private readonly TermsEnum?[] _terms = new TermsEnum?[leaves];
        private readonly DocsAndPositionsEnum?[] _positions = new DocsAndPositionsEnum?[leaves];

        /// <summary>The positions of a term in one segment, seeking with the cached term state when there is one.</summary>
        public DocsAndPositionsEnum? Positions(int leaf, AtomicReader reader, Term term, TermState? state)
        {
            var terms = _terms[leaf] ??= reader.GetTerms(term.Field)?.GetEnumerator();
            if (terms is null)
            {
                return null;
            }

            if (state is not null)
            {
                terms.SeekExact(term.Bytes, state);
            }
            else if (!terms.SeekExact(term.Bytes))
            {
                return null;
            }

            var positions = terms.DocsAndPositions(reader.LiveDocs, _positions[leaf]);
            _positions[leaf] = positions ?? _positions[leaf];
            return positions;
        }
    }
}
