using KnowledgeBase.Procedures;

namespace KnowledgeBase.Matching;

/// <summary>How a question maps onto the catalogue.</summary>
public enum MatchKind
{
    /// <summary>One procedure (family) fits clearly.</summary>
    Unique,

    /// <summary>Procedures that differ in substance fit about equally: ask which one.</summary>
    Ambiguous,

    /// <summary>
    /// The search is confident but no procedure's name confirms it in the question's own words: offer the top hits
    /// as "did you mean" choices.
    /// </summary>
    Probable,

    /// <summary>Nothing in the catalogue fits; <see cref="ProcedureMatch.Candidates"/> holds the closest, if any.</summary>
    NoMatch,
}

/// <summary>What the question was matched to: one record per procedure family, the record a citizen uses.</summary>
public sealed record ProcedureMatch(MatchKind Kind, IReadOnlyList<Procedure> Candidates)
{
    public static readonly ProcedureMatch None = new(MatchKind.NoMatch, []);

    /// <summary>The search score of the best hit, 0 when there was none.</summary>
    public float TopScore { get; init; }

    /// <summary>
    /// For a <see cref="MatchKind.Unique"/> match: other procedures the question also confirms, less strongly, to offer
    /// beside the answer rather than ask about.
    /// </summary>
    public IReadOnlyList<Procedure> Alternatives { get; init; } = [];

    /// <summary>
    /// The question said a kind of procedure and nothing else ("chứng thực"); the candidates are the names it starts.
    /// Said in a conversation about another procedure, it is a new question.
    /// </summary>
    public bool NamesAKind { get; init; }

    /// <summary>Confirmed by the question's own words and scored at least <paramref name="score"/>.</summary>
    public bool IsConfirmedAbove(float score) => Kind is MatchKind.Unique or MatchKind.Ambiguous && TopScore >= score;

    public Procedure? Procedure => Kind == MatchKind.Unique ? Candidates[0] : null;
}

/// <summary>
/// A question as the matcher reads it: the sentence to search, the words that name the topic (question and filler
/// words removed) and a level the citizen named, if any.
/// </summary>
public sealed record MatchRequest(string SearchText, IReadOnlyList<string> TopicWords, string? Level = null)
{
    /// <summary>The message as written (personal numbers removed), punctuation kept: its clauses tell story from request.</summary>
    public string? Sentence { get; init; }
}
