using Microsoft.Extensions.Options;

namespace Bot.Hosting.Messages;

/// <summary>
/// The channels the bot may post replies to: an https <c>serviceUrl</c> on one of <c>Bot:AllowedServiceUrlHosts</c>,
/// or, in Development only, a loopback URL (the Bot Framework Emulator). The messages endpoint refuses activities
/// whose replies would go anywhere else, and the connector client cache keeps clients only for these URLs.
/// </summary>
public sealed class ServiceUrlAllowlist(IOptions<BotOptions> options, IHostEnvironment environment)
{
    private readonly HostPatterns _allowed = new(options.Value.AllowedServiceUrlHosts);
    private readonly bool _allowLoopback = environment.IsDevelopment();

    public bool Allows(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || !string.IsNullOrEmpty(serviceUrl.UserInfo))
        {
            return false;
        }

        if (_allowLoopback && serviceUrl.IsLoopback && (serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }

        return serviceUrl.Scheme == Uri.UriSchemeHttps && _allowed.Matches(serviceUrl.IdnHost);
    }

    public bool Allows(string? serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && Allows(uri);
}
