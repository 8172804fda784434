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
}

/// <summary>
/// The interpretation of one message: its intent, the aspect asked about, the words that name the topic
/// (aspect and filler words removed) and a level if the citizen named one.
/// </summary>
public sealed record Understanding(
    Intent Intent,
    Aspect Aspect,
    bool AspectMentioned,
    string SearchText,
    IReadOnlyList<string> TopicWords,
    string? Level)
{
    public bool HasTopic => TopicWords.Count > 0;

    /// <summary>What the matcher needs of this reading.</summary>
    public MatchRequest ToMatchRequest() => new(SearchText, TopicWords, Level);
}
