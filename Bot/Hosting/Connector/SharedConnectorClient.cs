using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Bot.Hosting.Connector;

/// <summary>
/// A turn's view of a client the <see cref="ConnectorClientCache"/> shares between turns: everything goes to the
/// shared client except <c>Dispose</c>, which the adapter calls at the end of every turn.
/// </summary>
internal sealed class SharedConnectorClient(IConnectorClient shared) : IConnectorClient
{
    public Uri BaseUri
    {
        get => shared.BaseUri;

        // Other turns post with the same client: a turn must not move it to another channel.
        set => throw new NotSupportedException("A shared connector client's BaseUri cannot change.");
    }

    public JsonSerializerSettings SerializationSettings => shared.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => shared.DeserializationSettings;

    public ServiceClientCredentials Credentials => shared.Credentials;

    public IAttachments Attachments => shared.Attachments;

    public IConversations Conversations => shared.Conversations;

    public void Dispose()
    {
        // The cache owns the client.
    }
}
