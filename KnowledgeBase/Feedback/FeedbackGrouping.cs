using KnowledgeBase.Text;

namespace KnowledgeBase.Feedback;

/// <summary>One wording of a need and how often it was asked exactly so (after folding).</summary>
public sealed record QuestionVariant(string Question, string Key, int Count);

/// <summary>
/// One need, however it was worded: its most asked wording, every wording with its count, when it was first and last
/// asked, on which channels, how often it went unanswered or was rated "Chưa hữu ích", and the procedures involved
/// (the closest ones offered for an unanswered question, the one rated for a low rating).
/// </summary>
public sealed record QuestionGroup(
    string Key,
    string Representative,
    IReadOnlyList<QuestionVariant> Variants,
    int Count,
    DateTimeOffset First,
    DateTimeOffset Last,
    IReadOnlyList<string> Channels,
    int Unanswered,
    int NotHelpful,
    IReadOnlyList<string> Closest,
    IReadOnlyList<string> RatedCodes);

/// <summary>A procedure's ratings: how many "Chưa hữu ích" and "Hữu ích", the aspects most complained of and sample questions.</summary>
public sealed record RatedAnswer(string Code, string Name, int Bad, int Good, IReadOnlyList<string> Aspects, IReadOnlyList<string> Samples);

/// <summary>
/// Groups the feedback log for editors (<c>Indexer report</c> and the workspace inbox). A question is keyed by its folded
/// text (case, tone marks and punctuation ignored), then wordings of the same need are merged when their content
/// words mostly agree: "làm lại căn cước bị mất ở đâu" and "mất căn cước làm lại thế nào ạ" are one item.
/// </summary>
public static class FeedbackGrouping
{
    // Two wordings are one need when this share of their content words is common (Jaccard), or when one's content
    // words (at least MinContainedWords of them) all appear in the other.
    private const double SameNeedSimilarity = 0.6;
    private const int MinContainedWords = 2;

    // Words that carry how a question is asked, not what it is about (folded).
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "a", "oi", "nhe", "nha", "vay", "the", "nao", "sao", "gi", "o", "dau", "khong", "ko", "k", "co", "duoc", "can",
        "nhung", "cho", "toi", "minh", "em", "anh", "chi", "hoi", "xin", "muon", "phai", "lam", "bao", "nhieu",
        "la", "thi", "va", "voi", "cua", "de", "giup", "ai", "biet", "nhu", "ve", "thu", "tuc",
    };

    /// <summary>Unanswered questions and questions behind "Chưa hữu ích" ratings, grouped by need, most asked first.</summary>
    public static IReadOnlyList<QuestionGroup> Questions(IEnumerable<FeedbackRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Group(records.Where(IsInboxRecord));
    }

    /// <summary>Only the unanswered questions, grouped by need, most asked first.</summary>
    public static IReadOnlyList<QuestionGroup> Unanswered(IEnumerable<FeedbackRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Group(records.Where(r => r.Kind == FeedbackKinds.Unanswered));
    }

    /// <summary>A record an editor should look at: a question the assistant could not match, or an answer rated "Chưa hữu ích".</summary>
    public static bool IsInboxRecord(FeedbackRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Kind == FeedbackKinds.Unanswered || (record.Kind == FeedbackKinds.Rating && record.Helpful == false);
    }

    /// <summary>Procedures rated "Chưa hữu ích" at least once, the most complained of first.</summary>
    public static IReadOnlyList<RatedAnswer> WorstRated(IEnumerable<FeedbackRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Where(r => r.Kind == FeedbackKinds.Rating && r.ProcedureCode is not null && r.Helpful is not null)
            .GroupBy(r => r.ProcedureCode!)
            .Select(g => new RatedAnswer(
                g.Key,
                g.Select(r => r.ProcedureName).FirstOrDefault(n => n is not null) ?? "",
                g.Count(r => r.Helpful == false),
                g.Count(r => r.Helpful == true),
                g.Where(r => r.Helpful == false && r.Aspect is not null).GroupBy(r => r.Aspect!).OrderByDescending(a => a.Count()).Select(a => a.Key).Take(3).ToList(),
                g.Where(r => r.Helpful == false).Select(r => r.Question).Distinct().Take(2).ToList()))
            .Where(r => r.Bad > 0)
            .OrderByDescending(r => r.Bad).ThenBy(r => (double)r.Good / (r.Good + r.Bad))
            .ToList();
    }

    /// <summary>The exact-wording key: the folded question (no case, tone marks or punctuation).</summary>
    public static string Key(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return VietnameseText.Fold(question);
    }

    private static List<QuestionGroup> Group(IEnumerable<FeedbackRecord> records)
    {
        var exact = records
            .Where(r => !string.IsNullOrWhiteSpace(r.Question))
            .GroupBy(r => Key(r.Question), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Select(g => new Wording(g.Key, g.ToList()))
            // The most asked wording leads its need; among equals the shortest, which is usually the plainest.
            .OrderByDescending(w => w.Records.Count).ThenBy(w => w.Key.Length).ThenByDescending(w => w.Last).ThenBy(w => w.Key, StringComparer.Ordinal)
            .ToList();

        // Greedy: each wording joins the first (most asked) need whose leading wording it is close to. Close wordings
        // share a content word, so the words' lists of needs give every candidate and how many words it shares
        // (a similarity join): logs of tens of thousands of distinct wordings group in well under a second.
        var needs = new List<List<Wording>>();
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var shared = new List<int>();
        var touched = new List<int>();
        foreach (var wording in exact)
        {
            touched.Clear();
            foreach (var word in wording.Content)
            {
                if (byWord.TryGetValue(word, out var candidates))
                {
                    foreach (var id in candidates)
                    {
                        if (shared[id]++ == 0)
                        {
                            touched.Add(id);
                        }
                    }
                }
            }

            var first = int.MaxValue;
            foreach (var id in touched)
            {
                if (id < first && SameNeed(shared[id], needs[id][0].Content.Count, wording.Content.Count))
                {
                    first = id;
                }

                shared[id] = 0;
            }

            if (first != int.MaxValue)
            {
                needs[first].Add(wording);
                continue;
            }

            needs.Add([wording]);
            shared.Add(0);
            foreach (var word in wording.Content)
            {
                if (!byWord.TryGetValue(word, out var ids))
                {
                    byWord[word] = ids = [];
                }

                ids.Add(needs.Count - 1);
            }
        }

        return needs.Select(ToGroup)
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.Last).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static QuestionGroup ToGroup(List<Wording> wordings)
    {
        var all = wordings.SelectMany(w => w.Records).ToList();
        var variants = wordings
            .Select(w => new QuestionVariant(w.Records.OrderByDescending(r => r.Time).First().Question, w.Key, w.Records.Count))
            .ToList();
        return new QuestionGroup(
            wordings[0].Key,
            variants[0].Question,
            variants,
            all.Count,
            all.Min(r => r.Time),
            all.Max(r => r.Time),
            all.Select(r => r.Channel).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            all.Count(r => r.Kind == FeedbackKinds.Unanswered),
            all.Count(r => r.Kind == FeedbackKinds.Rating),
            all.SelectMany(r => r.Closest).GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(c => c.Count()).Select(c => c.Key).Take(3).ToList(),
            all.Select(r => r.ProcedureCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Two wordings with <paramref name="common"/> content words in common out of <paramref name="a"/> and <paramref name="b"/>.</summary>
    private static bool SameNeed(int common, int a, int b)
    {
        var smaller = Math.Min(a, b);
        return (double)common / (a + b - common) >= SameNeedSimilarity
            || (common == smaller && smaller >= MinContainedWords);
    }

    private sealed class Wording(string key, List<FeedbackRecord> records)
    {
        public string Key { get; } = key;

        public List<FeedbackRecord> Records { get; } = records;

        public DateTimeOffset Last { get; } = records.Max(r => r.Time);

        public HashSet<string> Content { get; } = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !QuestionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }
}
