using System.ComponentModel.DataAnnotations;

namespace KnowledgeBase.Matching;

/// <summary>Section <c>KnowledgeBase:Matching</c>: the search scores that decide when a question is answered, offered or declined.</summary>
public sealed class MatchingOptions
{
    public const string SectionName = "KnowledgeBase:Matching";

    /// <summary>
    /// Search score above which hits whose names share no word with the question ("bố mất" for "Đăng ký khai tử",
    /// reached through synonyms and section text) are still offered as "did you mean" choices rather than a no-match.
    /// Out-of-scope questions score well below it on the catalogue (docs/search.md). At 100 a question the catalogue
    /// has nothing for ("nuôi ong lấy mật, bán mật ong ra chợ" at 119) got a menu of adoptions through "nuôi"; no
    /// question of the answer sets took that path between 100 and 130 (session 21).
    /// </summary>
    [Range(1, 10_000)]
    public float ProbableScore { get; set; } = 130;

    /// <summary>
    /// Search score below which nothing is answered or offered, even when a procedure's name shares the question's
    /// words ("kết quả trận Việt Nam gặp Thái Lan" and "Công nhận kết quả khảo nghiệm…" share "kết quả" at 68–72).
    /// From `Indexer eval` (session 5): below 80 are 1 of 264 answerable dev questions (also below 60) and none of the
    /// 110 held-out ones, against 11 of 12 and 8 of 10 out-of-scope ones.
    /// </summary>
    [Range(0, 10_000)]
    public float MinimumScore { get; set; } = 80;

    /// <summary>
    /// A message that mentions an out-of-scope word ("bệnh", "du lịch", "vàng") is still answered when a procedure's
    /// name confirms it and the search scores it at least this high ("giảm thuế thu nhập khi bị bệnh hiểm nghèo").
    /// </summary>
    [Range(1, 10_000)]
    public float OutOfScopeOverrideScore { get; set; } = 120;

    /// <summary>
    /// Two different procedures both confirmed by the question are asked about only when the second scores at least
    /// this share of the first; below it the first is answered and the second offered beside it.
    /// </summary>
    [Range(0.5, 1.0)]
    public float AskRatio { get; set; } = 0.85f;
}
