using KnowledgeBase.Procedures;

namespace Bot.Answers;

/// <summary>A procedure given to the LLM as a source, with the sections relevant to the question.</summary>
public sealed record GroundingSource(Procedure Procedure, IReadOnlyList<SectionKind> Sections);

/// <summary>One earlier turn of the conversation, oldest first.</summary>
public sealed record ConversationTurn(string Role, string Text);

/// <summary>Everything the LLM path needs; <see cref="ExtractiveAnswer"/> is what the bot sends if the LLM path declines.</summary>
public sealed record LlmAnswerRequest(
    string Question,
    IReadOnlyList<ConversationTurn> History,
    IReadOnlyList<GroundingSource> Sources,
    string ExtractiveAnswer);

/// <summary>A grounded LLM answer that passed the guard: Markdown text and the catalogue codes it cites.</summary>
public sealed record LlmAnswer(string Text, IReadOnlyList<string> CitedCodes);

/// <summary>
/// Optional LLM phrasing of an answer. The bot always composes the extractive answer first; when
/// <see cref="IsEnabled"/> it asks this service, and sends the extractive answer whenever the result is null.
/// </summary>
public interface ILlmAnswerer
{
    bool IsEnabled { get; }

    /// <summary>Returns a guarded answer, or null to fall back (not configured, timeout, HTTP error, empty or ungrounded output).</summary>
    Task<LlmAnswer?> TryAnswerAsync(LlmAnswerRequest request, CancellationToken cancellationToken);
}
