using KnowledgeBase.Feedback;
using KnowledgeBase.Procedures;

namespace Bot.Workspace.Inbox;

/// <summary>One need in the inbox: the grouped questions, what the assistant replies to them today, and procedures to attach them to.</summary>
public sealed record InboxItem(QuestionGroup Group, CurrentReply Reply, IReadOnlyList<Procedure> Suggestions);

/// <summary>The inbox page's content: the most asked open needs and how much of the log they stand for.</summary>
public sealed record InboxView(IReadOnlyList<InboxItem> Items, int OpenNeeds, int Records, int HandledRecords, int SkippedLines);

/// <summary>How an inbox action ended.</summary>
public enum InboxOutcome
{
    Done,

    /// <summary>The item is no longer open (handled meanwhile by another editor, or never existed).</summary>
    ItemGone,

    /// <summary>No procedure has the code the editor gave.</summary>
    UnknownProcedure,

    /// <summary>The content change was refused by validation; <see cref="InboxActionResult.Problems"/> says why.</summary>
    Invalid,

    /// <summary>Another editor changed the same file at the same moment; nothing was lost, try again.</summary>
    Conflict,
}

public sealed record InboxActionResult(InboxOutcome Outcome, IReadOnlyList<string> Problems)
{
    public static readonly InboxActionResult Done = new(InboxOutcome.Done, []);

    public static InboxActionResult Of(InboxOutcome outcome) => new(outcome, []);
}
