using System.Net;
using System.Net.Sockets;

namespace Bot.Security;

/// <summary>
/// The network a client address belongs to, for limits that one holder of many addresses must not multiply:
/// an IPv4 /24 or an IPv6 /48 (what one site or provider customer usually holds).
/// </summary>
public static class ClientNetwork
{
    public static IPAddress Of(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var keep = address.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        Array.Clear(bytes, keep, bytes.Length - keep);
        return new IPAddress(bytes);
    }
}
