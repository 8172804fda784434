namespace Bot.Channels.Zalo;

/// <summary>
/// The OA token pair in use. <see cref="SeedRefreshToken"/> is the configured refresh token the pair descends
/// from: when an operator configures a new one, the configuration wins over the stored pair.
/// </summary>
public sealed record ZaloTokens(string AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt, string? SeedRefreshToken);
