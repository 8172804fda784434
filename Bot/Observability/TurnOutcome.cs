namespace Bot.Observability;

/// <summary>How a turn ended, as counted in the <c>outcome</c> tag of <c>assistant.turns</c>.</summary>
public enum TurnOutcome
{
    /// <summary>A procedure answer was sent.</summary>
    Answered,

    /// <summary>The bot asked the citizen to choose or clarify.</summary>
    Clarify,

    /// <summary>Nothing in the catalogue matched.</summary>
    NoMatch,

    /// <summary>The question is not about administrative procedures.</summary>
    OutOfScope,

    /// <summary>The turn failed and the citizen got an apology.</summary>
    Error,

    /// <summary>Small talk, help, reset, feedback or a request to name the procedure: no catalogue lookup was needed.</summary>
    Conversational,

    /// <summary>The message was refused by an abuse limit (too long).</summary>
    Refused,
}
