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
    /// <summary>The trigger's words at the match, any of these ("tiền"; "ở phường", "ở xã", "tại xã" …).</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>The words just before the trigger are one of these ("nộp", "gửi", "sửa lại"); empty: any.</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>The words just after the trigger are one of these ("trước" of "lệ phí trước bạ", "có bắt buộc"); empty: any.</summary>
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
    private string[][] _words = [];
    private string[][] _after = [];
    private string[][] _before = [];

    internal NotAskedRule Folded()
    {
        string[][] Split(IEnumerable<string> phrases) => phrases.Select(p => VietnameseText.Fold(p).Split(' ')).ToArray();
        return this with
        {
            NotBefore = NotBefore.Select(VietnameseText.Fold).ToArray(),
            _words = Split(Words),
            _after = Split(After),
            _before = Split(Before),
        };
    }

    /// <summary>
    /// How many words the trigger starting at <paramref name="start"/> spans when the words around it match, leaving the
    /// condition on other aspects aside; 0 when they do not.
    /// </summary>
    /// <param name="taken">Words other phrases (facts, levels, small talk) or fillers took.</param>
    internal int MatchesAt(TokenizedText text, int start, bool[] taken)
    {
        var words = _words.FirstOrDefault(w => Holds(text, start, w));
        if (words is null)
        {
            return 0;
        }

        if (_after.Length > 0 && !_after.Any(phrase => start >= phrase.Length && Holds(text, start - phrase.Length, phrase)))
        {
            return 0;
        }

        var next = start + words.Length;
        if (_before.Length > 0 && !_before.Any(phrase => Holds(text, next, phrase)))
        {
            return 0;
        }

        if (NotBefore.Count > 0 && next < text.Count && NotBefore.Contains(text.Folded[next]))
        {
            return 0;
        }

        return !BeforeTopicWord || (next < text.Count && !taken[next]) ? words.Length : 0;
    }

    private static bool Holds(TokenizedText text, int start, string[] words) =>
        words.Length > 0 && start + words.Length <= text.Count && words.Select((w, i) => text.Folded[start + i] == w).All(x => x);
}
