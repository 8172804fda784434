namespace Bot.Llm.Grounding;

/// <summary>The guard's decision on one LLM answer; <see cref="Reason"/> says why it was rejected, for logs and editors.</summary>
public sealed record GuardVerdict(bool IsGrounded, IReadOnlyList<string> CitedCodes, string? Reason)
{
    public static GuardVerdict Reject(string reason) => new(false, [], reason);
}
