using System.Buffers;
using KnowledgeBase.Caching;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// Scores a ranking query by adding up each clause's per-document scores, which are computed by Lucene once per build
/// and clause and then reused: questions share most of their clauses (one per word, pair of words or synonym), and a
/// build never changes. Scoring the whole disjunction through Lucene cost two thirds of a search (weights, scorers,
/// postings decoding and the 2,048-bucket table of its <c>BooleanScorer</c>, every time).
/// </summary>
/// <remarks>
/// The sum is Lucene's own, to the bit: <c>BooleanScorer</c> (what a top-level disjunction of optional clauses
/// without coordination is scored by) adds the clauses' float scores into a double per document, last clause first,
/// and hands the collector that double as a float; the top hits are the best by score, then by lower document id,
/// as Lucene's collector keeps them. Each clause's scores are recorded from its own normalized weight and bulk
/// scorer (with BM25 the query norm is 1, so a clause scores alone exactly as inside the query). Any other query
/// shape (required clauses, coordination, a minimum to match, a boost) returns null and is left to Lucene.
/// </remarks>
internal sealed class ClauseScores(int capacity)
{
    private readonly RecentCache<Query, Scored> _clauses = new(capacity);

    /// <summary>The top <paramref name="count"/> documents as <c>searcher.Search(query, count)</c> returns them, or null when the query is not a plain disjunction.</summary>
    public ScoreDoc[]? Top(IndexSearcher searcher, Query query, int count)
    {
        if (!_clauses.IsEnabled || query is not BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } disjunction
            || disjunction.Boost != 1f || disjunction.Clauses.Count == 0 || disjunction.Clauses.Any(c => c.Occur != Occur.SHOULD))
        {
            return null;
        }

        var maxDoc = searcher.IndexReader.MaxDoc;
        var sums = ArrayPool<double>.Shared.Rent(maxDoc);
        var matched = ArrayPool<bool>.Shared.Rent(maxDoc);
        var touched = ArrayPool<int>.Shared.Rent(maxDoc);
        try
        {
            Array.Clear(matched, 0, maxDoc);
            var touchedCount = 0;
            var clauses = disjunction.Clauses;
            for (var c = clauses.Count - 1; c >= 0; c--)
            {
                var scored = _clauses.GetOrAdd(clauses[c].Query, searcher, static (clause, searcher) => Scored.Of(searcher, clause));
                var docs = scored.Docs;
                var scores = scored.Scores;
                for (var i = 0; i < docs.Length; i++)
                {
                    var doc = docs[i];
                    if (matched[doc])
                    {
                        sums[doc] += scores[i];
                    }
                    else
                    {
                        matched[doc] = true;
                        sums[doc] = scores[i];
                        touched[touchedCount++] = doc;
                    }
                }
            }

            return Best(sums, touched.AsSpan(0, touchedCount), count);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(touched);
            ArrayPool<bool>.Shared.Return(matched);
            ArrayPool<double>.Shared.Return(sums);
        }
    }

    /// <summary>
    /// Adds <paramref name="clause"/>'s score of each of <paramref name="docs"/> (0 where it does not match) to
    /// <paramref name="into"/>: the learned ranking's features split a hit's score by kind of clause. The clause's
    /// scores are the ones <see cref="Top"/> recorded, so this costs a binary search per document.
    /// </summary>
    public void AddScores(IndexSearcher searcher, Query clause, ReadOnlySpan<int> docs, Span<float> into)
    {
        var scored = _clauses.GetOrAdd(clause, searcher, static (clause, searcher) => Scored.Of(searcher, clause));
        for (var i = 0; i < docs.Length; i++)
        {
            var at = Array.BinarySearch(scored.Docs, docs[i]);
            if (at >= 0)
            {
                into[i] += scored.Scores[at];
            }
        }
    }

    /// <summary>The best documents by score, then lower id, best first (a min-heap of <paramref name="count"/> holds the best so far).</summary>
    private static ScoreDoc[] Best(double[] sums, ReadOnlySpan<int> docs, int count)
    {
        // The heap holds (document, score) values: a ScoreDoc for every document that entered it was most of what a
        // search allocated here; only the final few become ScoreDocs.
        var heap = new Hit[Math.Min(count, docs.Length)];
        var size = 0;
        foreach (var doc in docs)
        {
            var score = (float)sums[doc];
            if (size < heap.Length)
            {
                heap[size] = new Hit(doc, score);
                Up(heap, size++);
            }
            else if (Worse(heap[0], score, doc))
            {
                heap[0] = new Hit(doc, score);
                Down(heap, size);
            }
        }

        Array.Sort(heap, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var best = new ScoreDoc[heap.Length];
        for (var i = 0; i < heap.Length; i++)
        {
            best[i] = new ScoreDoc(heap[i].Doc, heap[i].Score);
        }

        return best;
    }

    /// <summary>True when <paramref name="hit"/> ranks below a document with this score and id.</summary>
    private static bool Worse(Hit hit, float score, int doc) => hit.Score < score || (hit.Score == score && hit.Doc > doc);

    private static void Up(Hit[] heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(heap[i], heap[parent].Score, heap[parent].Doc))
            {
                return;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private static void Down(Hit[] heap, int size)
    {
        var i = 0;
        while (true)
        {
            var worst = i;
            foreach (var child in (ReadOnlySpan<int>)[(2 * i) + 1, (2 * i) + 2])
            {
                if (child < size && Worse(heap[child], heap[worst].Score, heap[worst].Doc))
                {
                    worst = child;
                }
            }

            if (worst == i)
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    private readonly record struct Hit(int Doc, float Score);

    /// <summary>One clause's matching documents and their scores, as Lucene's bulk scorer hands them to a collector.</summary>
    private sealed record Scored(int[] Docs, float[] Scores)
    {
        public static Scored Of(IndexSearcher searcher, Query clause)
        {
            var weight = searcher.CreateNormalizedWeight(clause);
            using var recorder = new Recorder();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var scorer = weight.GetBulkScorer(leaf, scoreDocsInOrder: false, leaf.AtomicReader.LiveDocs);
                if (scorer is not null)
                {
                    recorder.DocBase = leaf.DocBase;
                    scorer.Score(recorder);
                }
            }

            // In document order, so AddScores can binary-search them: a single clause's scorer hands them out in order,
            // segment after segment, so the sort is only a safeguard (checked first: it would double a first use's cost).
            var docs = recorder.Docs.ToArray();
            var scores = recorder.Scores.ToArray();
            if (!IsAscending(docs))
            {
                Array.Sort(docs, scores);
            }

            return new Scored(docs, scores);
        }

        private static bool IsAscending(int[] docs)
        {
            for (var i = 1; i < docs.Length; i++)
            {
                if (docs[i] < docs[i - 1])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Collects into pooled buffers: a clause seen for the first time is most of what a new question allocates, and
    /// growing lists left a copy behind at every doubling; only the exact-size arrays kept in the cache are new.
    /// </summary>
    private sealed class Recorder : ICollector, IDisposable
    {
        private Scorer? _scorer;
        private int[] _docs = ArrayPool<int>.Shared.Rent(256);
        private float[] _scores = ArrayPool<float>.Shared.Rent(256);
        private int _count;

        public ReadOnlySpan<int> Docs => _docs.AsSpan(0, _count);

        public ReadOnlySpan<float> Scores => _scores.AsSpan(0, _count);

        public int DocBase { get; set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            if (_count == _docs.Length)
            {
                _docs = Grow(_docs, _count);
                _scores = Grow(_scores, _count);
            }

            _docs[_count] = DocBase + doc;
            _scores[_count++] = _scorer!.GetScore();
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_docs);
            ArrayPool<float>.Shared.Return(_scores);
        }

        private static T[] Grow<T>(T[] buffer, int count)
        {
            var larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(buffer);
            return larger;
        }
    }
}
