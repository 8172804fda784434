namespace Bot.Security;

/// <summary>What a chat request's credentials prove, decided before any rate limit counts it.</summary>
/// <param name="Authenticated">False when the signature, secret or token is missing or wrong.</param>
/// <param name="UserKey">The partition the request's sent messages count against ("conversation:…", "user:…"); null when none.</param>
public readonly record struct SenderVerdict(bool Authenticated, string? UserKey)
{
    public static SenderVerdict Failed => new(false, null);
}

/// <summary>
/// A channel's own check of its credentials, run by the request guard so that per-user limits only count requests
/// whose credentials hold (an unsigned request naming a victim must not spend the victim's budget) and failed
/// authentications are counted per address. Must be cheap and must not read the request body itself.
/// </summary>
public interface IChatSenderVerifier
{
    /// <summary>True for the paths this channel owns.</summary>
    bool Owns(PathString path);

    /// <param name="body">The buffered body of a sent message; empty for reads.</param>
    SenderVerdict Verify(HttpContext context, ReadOnlyMemory<byte> body);
}
