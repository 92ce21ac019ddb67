using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Hosting;

/// <summary>
/// Works out the address to put in join links and QR codes. A facilitator usually opens the console
/// on the laptop as "localhost", which a phone cannot reach, so loopback hosts are swapped for the
/// machine's LAN address, but only when the server listens beyond loopback (otherwise the LAN
/// address would lead nowhere). A configured public URL wins over both.
/// </summary>
public sealed class PublicAddress(IOptions<LiveOptions> options, IServer server)
{
    public string BaseUrl(HttpRequest request)
    {
        if (options.Value.PublicUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var host = request.Host;
        if (IsLoopback(host.Host) && ListensBeyondLoopback() && LanAddress() is { } lan)
        {
            return $"{request.Scheme}://{lan}{(host.Port is { } port ? $":{port}" : "")}";
        }

        return $"{request.Scheme}://{host}";
    }

    public static string? LanAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?.ToString();

    private bool ListensBeyondLoopback() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Any(a => !IsLoopback(new Uri(a.Replace("*", "0.0.0.0").Replace("+", "0.0.0.0")).Host)) ?? false;

    private static bool IsLoopback(string host) =>
        host is "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
