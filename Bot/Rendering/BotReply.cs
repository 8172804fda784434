using Microsoft.Bot.Schema;

namespace Bot.Rendering;

/// <summary>Kinds of reply, recorded on each activity so clients and tests can tell them apart.</summary>
public static class ReplyKinds
{
    public const string Answer = "answer";
    public const string Clarification = "clarification";
    public const string NoMatch = "noMatch";
    public const string OutOfScope = "outOfScope";
    public const string SmallTalk = "smallTalk";
    public const string Welcome = "welcome";
    public const string Help = "help";
    public const string Feedback = "feedback";
    public const string Reset = "reset";
    public const string NeedTopic = "needTopic";
    public const string TooLong = "tooLong";
}

/// <summary>Channel-neutral reply: Markdown, a voice sentence, suggested actions, and what produced it.</summary>
public sealed record BotReply(string Kind, string Markdown, string Speak)
{
    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    /// <summary>"extractive" or "llm" for answers about a procedure; null otherwise.</summary>
    public string? AnswerPath { get; init; }

    public string? ProcedureCode { get; init; }

    public string? Aspect { get; init; }
}
