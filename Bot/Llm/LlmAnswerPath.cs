namespace Bot.Llm;

/// <summary>Which path produced a turn's answer: the LLM, or the extractive fallback and why.</summary>
public enum LlmAnswerPath
{
    /// <summary>The LLM answer passed the groundedness guard and was returned.</summary>
    Llm,

    /// <summary>Nothing to ground on (no sources) or the LLM path is switched off; the extractive answer is used.</summary>
    Skipped,

    Timeout,
    HttpError,

    /// <summary>Any other failure of the call (malformed response, connector error).</summary>
    Error,

    EmptyOutput,
    Ungrounded,

    /// <summary>The model said the sources do not answer the question: a gap editors may want to fill.</summary>
    Declined,
}
