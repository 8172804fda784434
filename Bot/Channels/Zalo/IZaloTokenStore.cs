namespace Bot.Channels.Zalo;

/// <summary>Durable home of the token pair: Zalo refresh tokens are single-use, so a lost pair means re-authorising the OA.</summary>
public interface IZaloTokenStore
{
    Task<ZaloTokens?> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(ZaloTokens tokens, CancellationToken cancellationToken);
}
