using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Bot.Hosting.Connector;

/// <summary>
/// A connector client for a URL the cache does not share, built only when the turn first calls the channel: a turn
/// whose replies travel back in the HTTP response (<c>expectReplies</c>) never does, and then costs nothing. Once
/// built it is the turn's own and goes with the turn, as the adapter's client would without the cache.
/// </summary>
internal sealed class DeferredConnectorClient(ConnectorFactory factory, string serviceUrl, string? audience) : IConnectorClient
{
    // The factory's credentials come synchronously for the built-in credential factories; blocking is confined to
    // the rare turn that posts to an unshared URL.
    private readonly Lazy<IConnectorClient> _client = new(
        () => factory.CreateAsync(serviceUrl, audience, CancellationToken.None).GetAwaiter().GetResult(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public Uri BaseUri
    {
        get => _client.Value.BaseUri;
        set => _client.Value.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => _client.Value.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => _client.Value.DeserializationSettings;

    public ServiceClientCredentials Credentials => _client.Value.Credentials;

    public IAttachments Attachments => _client.Value.Attachments;

    public IConversations Conversations => _client.Value.Conversations;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
