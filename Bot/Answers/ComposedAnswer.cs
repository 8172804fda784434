using Bot.Conversation;
using KnowledgeBase.Procedures;

namespace Bot.Answers;

/// <summary>An answer about one procedure: Markdown for the screen, a short plain sentence for voice, and what it drew on.</summary>
public sealed record ComposedAnswer(
    string Markdown,
    string Speak,
    Procedure Procedure,
    Aspect Aspect,
    IReadOnlyList<SectionKind> Sections)
{
    /// <summary>Every aspect answered, in the order asked; <see cref="Aspect"/> is the first.</summary>
    public IReadOnlyList<Aspect> Aspects { get; init; } = [Aspect];

    /// <summary>What the answer states, without the procedure's name and source: two records that state the same agree.</summary>
    public string Facts { get; init; } = "";
}
