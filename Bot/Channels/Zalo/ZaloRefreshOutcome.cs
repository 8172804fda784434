namespace Bot.Channels.Zalo;

/// <summary>A usable access token after a refresh, or whether trying again later might help.</summary>
public sealed record ZaloRefreshOutcome(string? AccessToken, bool Transient)
{
    public static ZaloRefreshOutcome Refreshed(string accessToken) => new(accessToken, false);

    public static ZaloRefreshOutcome Failed(bool transient) => new(null, transient);
}
