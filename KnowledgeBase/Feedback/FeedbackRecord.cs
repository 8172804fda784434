namespace KnowledgeBase.Feedback;

/// <summary>What a feedback line records.</summary>
public static class FeedbackKinds
{
    /// <summary>A citizen rated an answer ("Hữu ích" / "Chưa hữu ích").</summary>
    public const string Rating = "rating";

    /// <summary>A question the assistant could not match to any procedure.</summary>
    public const string Unanswered = "unanswered";
}

/// <summary>
/// One line of the append-only feedback log. Questions are stored masked (see <see cref="Privacy.PersonalDataMasker"/>);
/// no user or conversation identifiers are kept.
/// </summary>
public sealed record FeedbackRecord
{
    public required string Kind { get; init; }

    public required DateTimeOffset Time { get; init; }

    /// <summary>The citizen's question, with personal data masked.</summary>
    public required string Question { get; init; }

    public string? ProcedureCode { get; init; }

    public string? ProcedureName { get; init; }

    /// <summary>Which aspect was answered (fee, time, documents...), when known.</summary>
    public string? Aspect { get; init; }

    /// <summary>True for "Hữu ích", false for "Chưa hữu ích"; null for unanswered questions.</summary>
    public bool? Helpful { get; init; }

    /// <summary>"extractive" or "llm".</summary>
    public string? AnswerPath { get; init; }

    public string? Channel { get; init; }

    /// <summary>For unanswered questions: the closest procedures offered instead.</summary>
    public IReadOnlyList<string> Closest { get; init; } = [];
}
