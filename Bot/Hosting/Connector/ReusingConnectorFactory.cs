using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace Bot.Hosting.Connector;

/// <summary>The framework's per-turn connector factory, answering from the <see cref="ConnectorClientCache"/>.</summary>
internal sealed class ReusingConnectorFactory(ConnectorFactory inner, string? appId, ConnectorClientCache cache) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        cache.GetAsync(inner, appId, serviceUrl, audience, cancellationToken);
}
