using KnowledgeBase.Matching;

namespace Bot.Conversation;

/// <summary>What kind of message the citizen sent.</summary>
public enum Intent
{
    Empty,
    Question,
    Greeting,
    Thanks,
    Goodbye,
    Help,
    Reset,
    FeedbackHelpful,
    FeedbackNotHelpful,
    OutOfScope,

    /// <summary>About the service centre itself (opening hours, address, phone), which the catalogue does not hold.</summary>
    CentreInfo,
}

/// <summary>
/// The interpretation of one message: its intent, the aspects asked about in the order the citizen asked them ("ở đâu,
/// hết bao nhiêu tiền" → where, fee), the words that name the topic (aspect and filler words removed) and a level if
/// the citizen named one.
/// </summary>
public sealed record Understanding(
    Intent Intent,
    IReadOnlyList<Aspect> Aspects,
    string SearchText,
    IReadOnlyList<string> TopicWords,
    string? Level)
{
    /// <summary>The first aspect the message asks about, or <see cref="Aspect.Overview"/>.</summary>
    public Aspect Aspect => Aspects.Count > 0 ? Aspects[0] : Aspect.Overview;

    public bool AspectMentioned => Aspects.Count > 0;

    /// <summary>The message asks for a procedure by kind ("thủ tục …", "xin giấy phép …"): a new request, not a follow-up.</summary>
    public bool AsksForAProcedure { get; init; }

    public bool HasTopic => TopicWords.Count > 0;

    /// <summary>
    /// The topic words with the situation words the filler list drops ("bị mất"), outside the phrases that ask for a
    /// fact ("mất bao lâu"): what tells a sibling procedure from the one under discussion.
    /// </summary>
    public IReadOnlyList<string> SituationWords { get; init; } = [];

    /// <summary>The message goes back to something discussed earlier ("quay lại chuyện sổ đỏ").</summary>
    public bool ReturnsToEarlierTopic { get; init; }

    /// <summary>The message asks "the same, about something else" ("còn khai tử thì sao").</summary>
    public bool Contrasts { get; init; }

    /// <summary>The message asks yes or no ("có được ủy quyền cho người khác không").</summary>
    public bool AsksYesOrNo { get; init; }

    /// <summary>The message asks whether someone pays less or nothing ("sinh viên có được giảm lệ phí không").</summary>
    public bool AsksForAReduction { get; init; }

    /// <summary>The message describes a case of the procedure under discussion ("nếu bố là người nước ngoài thì sao").</summary>
    public bool DescribesACase { get; init; }

    /// <summary>
    /// The message asks nothing and none of its words can be Vietnamese ("asdkjh", "ffff"): a slip of the keyboard,
    /// unless the catalogue knows the letters (an abbreviation such as "cccd").
    /// </summary>
    public bool Unreadable { get; init; }

    /// <summary>
    /// The message without the phrases that ask a fact, name a level or go back ("mất bao lâu", "cấp xã", "quay lại
    /// chuyện") and without asides ("mang theo căn cước"): what may name a case of the procedure under discussion. "khai sinh cho con mất bao lâu" says nothing lost.
    /// </summary>
    public string CaseText { get; init; } = "";

    /// <summary>What the matcher needs to tell which sibling of the procedure under discussion a case names.</summary>
    public MatchRequest ToCaseRequest() => ToMatchRequest() with { SearchText = CaseText, TopicWords = CaseWords };

    /// <summary>The situation words outside asides ("mang theo căn cước"): the words of <see cref="CaseText"/> a case is told by.</summary>
    public IReadOnlyList<string> CaseWords { get; init; } = [];

    /// <summary>What the matcher needs of this reading.</summary>
    public MatchRequest ToMatchRequest() => new(SearchText, TopicWords, Level) { Sentence = Sentence };

    /// <summary>The masked message with its punctuation (see <see cref="MatchRequest.Sentence"/>).</summary>
    public string? Sentence { get; init; }
}
