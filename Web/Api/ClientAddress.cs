using System.Net;
using System.Net.Sockets;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// The address limits are counted against. Behind a reverse proxy, configure forwarded headers so this
/// is the phone's address rather than the proxy's.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext? http) => http?.Connection.RemoteIpAddress is { } address ? Key(address) : "unknown";

    /// <summary>
    /// One network, one key. An IPv6 host may use any address of its /64 and change it at will, so a
    /// limit per IPv6 address would be no limit: the /64 is counted, as a NAT's one IPv4 address is.
    /// </summary>
    public static string Key(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var network = address.GetAddressBytes();
        Array.Clear(network, 8, 8);
        return $"{new IPAddress(network)}/64";
    }
}
