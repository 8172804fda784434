using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Bot.Security;

/// <summary>Turns <see cref="SecurityOptions.TrustedProxies"/> into forwarded-headers settings.</summary>
internal static class TrustedProxies
{
    public static bool TryParse(string entry, out IPAddress? address, out System.Net.IPNetwork? network)
    {
        address = null;
        network = null;
        if (entry.Contains('/', StringComparison.Ordinal))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var parsed))
            {
                network = parsed;
                return true;
            }

            return false;
        }

        return IPAddress.TryParse(entry, out address);
    }

    public static bool AllValid(SecurityOptions options) => options.TrustedProxies.All(entry => TryParse(entry, out _, out _));

    public static void Configure(ForwardedHeadersOptions forwarded, SecurityOptions security)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in security.TrustedProxies)
        {
            if (TryParse(entry, out var address, out var network))
            {
                if (address is not null)
                {
                    forwarded.KnownProxies.Add(address);
                }
                else
                {
                    forwarded.KnownIPNetworks.Add(network!.Value);
                }
            }
        }
    }
}
