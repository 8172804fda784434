using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Bot.Hosting.Connector;

/// <summary>
/// The user-token client the CloudAdapter puts in every turn, built on the turn's first sign-in call: the assistant
/// has no sign-in, so building one per turn (another <c>Microsoft.Rest</c> client compiling its <c>Regex</c>) was pure
/// cost. Once built it belongs to the turn and is disposed with it, as before.
/// </summary>
internal sealed class DeferredUserTokenClient(Func<Task<UserTokenClient>> create) : UserTokenClient
{
    private readonly Lazy<Task<UserTokenClient>> _client = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await _client.Value.ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await _client.Value.ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await _client.Value.ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await _client.Value.ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await _client.Value.ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await _client.Value.ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _client.IsValueCreated && _client.Value.IsCompletedSuccessfully)
        {
            _client.Value.Result.Dispose();
        }

        base.Dispose(disposing);
    }
}
