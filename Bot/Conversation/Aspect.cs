namespace Bot.Conversation;

/// <summary>What the citizen wants to know about a procedure.</summary>
public enum Aspect
{
    /// <summary>No specific aspect: a short overview of the procedure.</summary>
    Overview,
    Documents,
    Fee,
    Time,
    Steps,
    Where,
    Eligibility,
    Online,
    LegalBasis,
    Result,

    /// <summary>By when the citizen must act ("báo trước mấy ngày", "hạn chót"), as opposed to how long the office takes.</summary>
    Deadline,

    /// <summary>Money paid in or received ("mức đóng", "được hưởng bao nhiêu"), which the catalogue does not state: not a fee.</summary>
    Amount,
}
