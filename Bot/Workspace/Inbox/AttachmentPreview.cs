using KnowledgeBase.Feedback;
using KnowledgeBase.Procedures;

namespace Bot.Workspace.Inbox;

/// <summary>
/// What attaching a need to a procedure will write, shown to the editor before anything is written: the question, the
/// procedure it will be answered with, and what the assistant replies today. The regression case written with it
/// enforces the choice at every publish, so a wrong pick would be locked in.
/// </summary>
public sealed record AttachmentPreview(QuestionGroup Need, Procedure Procedure, CurrentReply Reply)
{
    /// <summary>The assistant already answers with this procedure, yet the question reached the inbox: the answer may be the wrong one.</summary>
    public bool AlreadyAnswered =>
        Reply.Kind == ReplyKind.Answer && Reply.Procedures.Count > 0 && Reply.Procedures[0].Code == Procedure.Code;

    /// <summary>Citizens who got this procedure for the question rated the answer "Chưa hữu ích".</summary>
    public bool RatedNotHelpful => Need.RatedCodes.Contains(Procedure.Code, StringComparer.Ordinal);
}
