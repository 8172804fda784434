using System.Collections.Concurrent;
using Bot.Hosting.Messages;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace Bot.Hosting.Connector;

/// <summary>
/// One Bot Framework connector client per (serviceUrl, audience, bot app id), shared by the turns that reply to that
/// channel. The CloudAdapter builds a new client for every turn, and each <c>Microsoft.Rest</c> client compiles a
/// <c>Regex</c> when it is built: about 45 % of the CPU of a framework turn (the legacy BotFrameworkAdapter kept one
/// client per service URL for the same reason). Turns get a view whose <c>Dispose</c> does nothing, because the adapter
/// disposes the turn's client when the turn ends; the shared clients are disposed with the host.
/// </summary>
/// <remarks>
/// Only URLs the <see cref="ServiceUrlAllowlist"/> accepts get a shared client: any other URL (a caller that asks for
/// the replies in the response may name any well-formed URL) gets a client built only if the turn calls the channel,
/// for that turn alone, as without the cache. Credentials are the ones the inner factory gave the client (they fetch
/// and refresh their tokens per request, so a long-lived client stays authorised).
/// </remarks>
public sealed class ConnectorClientCache(ServiceUrlAllowlist allowlist, TimeProvider time) : IDisposable
{
    /// <summary>
    /// Paths under an allowed host are the caller's to choose (smba.trafficmanager.net/apac/, …/emea/, …): past this
    /// many, new URLs get per-turn clients, as without the cache, rather than growing it.
    /// </summary>
    internal const int MaxClients = 64;

    /// <summary>
    /// A client keeps the HttpClient it was built with, so its handler (connections, DNS answers) would never be
    /// rotated by IHttpClientFactory: a client older than this is replaced for the turns that follow. The old one is
    /// left to the garbage collector, not disposed, because a turn that started earlier may still be posting with it.
    /// </summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<ClientKey, Entry> _clients = new();
    private long _created;
    private volatile bool _disposed;

    /// <summary>How many shared clients the cache holds.</summary>
    public int Count => _clients.Count;

    /// <summary>How many clients the cache has built for sharing since the host started (replacements included).</summary>
    public long ClientsCreated => Interlocked.Read(ref _created);

    /// <summary>The client a turn should use for <paramref name="serviceUrl"/>; the turn may dispose it.</summary>
    internal async Task<IConnectorClient> GetAsync(ConnectorFactory factory, string? appId, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        if (!allowlist.Allows(serviceUrl))
        {
            return new DeferredConnectorClient(factory, serviceUrl, audience);
        }

        var key = new ClientKey(serviceUrl, audience ?? "", appId ?? "");
        var now = time.GetUtcNow();
        _clients.TryGetValue(key, out var current);
        if (current is not null && now - current.Created < Lifetime)
        {
            return new SharedConnectorClient(current.Client);
        }

        var client = await factory.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
        if (_disposed || (current is null && _clients.Count >= MaxClients))
        {
            return client;
        }

        Interlocked.Increment(ref _created);
        var fresh = new Entry(client, now);
        var stored = current is null ? _clients.TryAdd(key, fresh) : _clients.TryUpdate(key, fresh, current);

        // A turn that lost the race to store its client uses it alone and disposes it, as without the cache.
        return stored ? new SharedConnectorClient(client) : client;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var key in _clients.Keys)
        {
            if (_clients.TryRemove(key, out var entry))
            {
                entry.Client.Dispose();
            }
        }
    }

    private sealed record ClientKey(string ServiceUrl, string Audience, string AppId);

    private sealed class Entry(IConnectorClient client, DateTimeOffset created)
    {
        public IConnectorClient Client { get; } = client;

        public DateTimeOffset Created { get; } = created;
    }
}
