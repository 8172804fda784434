namespace KnowledgeBase.Evaluation;

/// <summary>
/// Ranking quality over answerable questions. A question counts as a hit at k when ANY of its gold codes is in
/// the top k, since several catalogue records (levels, near-identical variants) answer the same question.
/// </summary>
/// <param name="Count">Answerable questions measured.</param>
/// <param name="RecallAtK">Fraction of questions with a gold code within the first <see cref="KValue"/> results.</param>
/// <param name="MrrAt10">Mean of 1/rank of the first gold code within the top 10 (0 when none).</param>
public sealed record RetrievalMetrics(
    int Count,
    double RecallAt1,
    double RecallAt5,
    double RecallAt10,
    double RecallAtK,
    int KValue,
    double MrrAt10)
{
    public static RetrievalMetrics Empty(int k) => new(0, 0, 0, 0, 0, k, 0);

    /// <summary>Computes the figures from the 1-based rank of each question's first gold code (null: not found).</summary>
    public static RetrievalMetrics FromFirstHitRanks(IReadOnlyCollection<int?> firstHitRanks, int k)
    {
        ArgumentNullException.ThrowIfNull(firstHitRanks);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var n = firstHitRanks.Count;
        if (n == 0)
        {
            return Empty(k);
        }

        double Recall(int depth) => firstHitRanks.Count(r => r is { } rank && rank <= depth) / (double)n;
        var mrr = firstHitRanks.Sum(r => r is { } rank && rank <= 10 ? 1.0 / rank : 0.0) / n;
        return new(n, Recall(1), Recall(5), Recall(10), Recall(k), k, mrr);
    }
}
