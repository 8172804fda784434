using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Bot.Hosting.Connector;

/// <summary>
/// The Bot Framework authentication with the per-turn clients taken off the turn: connector factories answer from
/// the <see cref="ConnectorClientCache"/> (inbound turns and proactive ones alike) and the user-token client is built
/// only if a turn signs a user in. Authentication itself is the inner one's, untouched.
/// </summary>
public sealed class ReusingBotFrameworkAuthentication(BotFrameworkAuthentication inner, ConnectorClientCache cache) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        if (result.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = new ReusingConnectorFactory(factory, BotAppId(result.ClaimsIdentity), cache);
        }

        return result;
    }

    // Streaming requests carry no connector factory.
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new ReusingConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), BotAppId(claimsIdentity), cache);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>
    /// The bot's app id as the framework's connector factory takes it from the claims (the audience claim of a
    /// channel's token, else the app id claim; none for anonymous requests): the factory's clients differ by it.
    /// </summary>
    private static string? BotAppId(ClaimsIdentity? identity) =>
        identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value
        ?? identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim)?.Value;
}
