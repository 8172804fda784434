using Bot.Conversation;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;

namespace Bot.Workspace.Inbox;

/// <summary>How the assistant would answer a question today, as a fresh conversation's first message.</summary>
public enum ReplyKind
{
    /// <summary>It answers one procedure.</summary>
    Answer,

    /// <summary>It asks which of a few procedures the citizen means.</summary>
    Choices,

    /// <summary>It finds nothing and offers the closest procedures, if any.</summary>
    NoMatch,

    /// <summary>It declines: not an administrative procedure.</summary>
    OutOfScope,

    /// <summary>It asks what the question is about (no topic words).</summary>
    NeedTopic,

    /// <summary>Small talk, help or feedback words: no procedure involved.</summary>
    Conversation,
}

/// <summary>The reply's kind and the procedures it names (the answered one first).</summary>
public sealed record CurrentReply(ReplyKind Kind, IReadOnlyList<Procedure> Procedures);

/// <summary>
/// Runs a question through the live interpreter and matcher as the bot's first turn does (no topic under
/// discussion, no remembered choices), against the index the assistant serves now: an editor sees what a citizen
/// asking it today would get, and whether a published fix has taken.
/// </summary>
public sealed class CurrentReplies(MessageInterpreter interpreter, ProcedureMatcher matcher)
{
    public CurrentReply For(string question, CancellationToken cancellationToken)
    {
        var understanding = interpreter.Interpret(question);
        switch (understanding.Intent)
        {
            case Intent.Question:
                break;
            case Intent.OutOfScope:
                return matcher.MatchDespiteOutOfScope(understanding.ToMatchRequest(), cancellationToken) is { } overruled
                    ? From(overruled)
                    : new CurrentReply(ReplyKind.OutOfScope, []);
            default:
                return new CurrentReply(ReplyKind.Conversation, []);
        }

        return understanding.HasTopic
            ? From(matcher.Match(understanding.ToMatchRequest(), cancellationToken))
            : new CurrentReply(ReplyKind.NeedTopic, []);
    }

    private static CurrentReply From(ProcedureMatch match) => match.Kind switch
    {
        MatchKind.Unique => new CurrentReply(ReplyKind.Answer, [match.Procedure!]),
        MatchKind.Ambiguous or MatchKind.Probable => new CurrentReply(ReplyKind.Choices, match.Candidates),
        _ => new CurrentReply(ReplyKind.NoMatch, match.Candidates),
    };
}
