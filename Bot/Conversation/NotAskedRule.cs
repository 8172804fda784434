using KnowledgeBase.Text;

namespace Bot.Conversation;

/// <summary>
/// Where an aspect's trigger, found in a message, does not ask for the aspect: "nộp hồ sơ … ở đâu" hands a file in,
/// "lấy tiền bảo hiểm" names the money the story is about, "xin thêm thời gian" applies for an extension. Defined in
/// <c>aspects.json</c> beside the triggers, so what asks for an aspect and what does not are read in one place.
/// Words are compared folded, as the triggers are.
/// </summary>
public sealed record NotAskedRule
{
    /// <summary>The trigger's words at the match ("tiền", "ở nhà", "hồ sơ").</summary>
    public required string Words { get; init; }

    /// <summary>The words just before the trigger are one of these ("nộp", "gửi", "sửa lại"); empty: any.</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>The word just after the trigger is one of these ("trước" of "lệ phí trước bạ"); empty: any.</summary>
    public IReadOnlyList<string> Before { get; init; } = [];

    /// <summary>The word just after the trigger is none of these ("gồm", "cần"); the end of the message passes.</summary>
    public IReadOnlyList<string> NotBefore { get; init; } = [];

    /// <summary>The trigger is followed by a word that tells what it is ("tiền bảo hiểm"), not by a filler or another phrase.</summary>
    public bool BeforeTopicWord { get; init; }

    /// <summary>
    /// Applies only when the message also asks, for sure, an aspect outside these ("ở nhà" beside "hết bao nhiêu
    /// tiền" says where the shop is; alone, or beside "ở đâu", it still asks about filing from home). Empty: always.
    /// </summary>
    public IReadOnlyList<Aspect> BesideAnAspectOtherThan { get; init; } = [];

    /// <summary>A message the rule is for, in which the trigger asks nothing (the tests read it).</summary>
    public required string Example { get; init; }

    /// <summary>What the trigger means there instead; documentation only.</summary>
    public string? Why { get; init; }

    // Folded and split once when the catalogue loads: every question's every trigger is checked against them.
    private string[] _words = [];
    private string[][] _after = [];

    internal NotAskedRule Folded()
    {
        var words = VietnameseText.Fold(Words);
        var after = After.Select(VietnameseText.Fold).ToArray();
        return this with
        {
            Words = words,
            After = after,
            Before = Before.Select(VietnameseText.Fold).ToArray(),
            NotBefore = NotBefore.Select(VietnameseText.Fold).ToArray(),
            _words = words.Split(' '),
            _after = after.Select(a => a.Split(' ')).ToArray(),
        };
    }

    /// <summary>How many words the trigger spans where the rule matches.</summary>
    internal int Length => _words.Length;

    /// <summary>Whether the words around the trigger starting at <paramref name="start"/> match, leaving the condition on other aspects aside.</summary>
    /// <param name="taken">Words other phrases (facts, levels, small talk) or fillers took.</param>
    internal bool MatchesAt(TokenizedText text, int start, bool[] taken)
    {
        var words = _words;
        if (words.Length == 0 || start + words.Length > text.Count || words.Where((w, i) => text.Folded[start + i] != w).Any())
        {
            return false;
        }

        if (_after.Length > 0 && !_after.Any(phrase => Precedes(text, start, phrase)))
        {
            return false;
        }

        var next = start + words.Length;
        if (Before.Count > 0 && (next >= text.Count || !Before.Contains(text.Folded[next])))
        {
            return false;
        }

        if (NotBefore.Count > 0 && next < text.Count && NotBefore.Contains(text.Folded[next]))
        {
            return false;
        }

        return !BeforeTopicWord || (next < text.Count && !taken[next]);
    }

    private static bool Precedes(TokenizedText text, int start, string[] words) =>
        start >= words.Length && words.Select((w, i) => text.Folded[start - words.Length + i] == w).All(x => x);
}
