namespace Bot.Answers;

/// <summary>The default when no LLM is configured: never enabled, always falls back to the extractive answer.</summary>
public sealed class DisabledLlmAnswerer : ILlmAnswerer
{
    public bool IsEnabled => false;

    public Task<LlmAnswer?> TryAnswerAsync(LlmAnswerRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<LlmAnswer?>(null);
}
