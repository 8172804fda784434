namespace Bot.DirectLine;

/// <summary>What a validated conversation token grants: one conversation, optionally bound to one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);

/// <summary>A freshly issued token as returned by <c>tokens/generate</c>, <c>tokens/refresh</c> and <c>conversations</c>.</summary>
public sealed record IssuedToken(string Token, DirectLineToken Grant, int ExpiresInSeconds);

public enum TokenValidation
{
    Valid,
    Malformed,
    BadSignature,
    Expired,
}
