using System.Net;
using System.Net.Sockets;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// HTTP from another machine, as the server sees it: connections leave from 127.0.0.<i>n</i> instead of
/// 127.0.0.1. On Linux the whole of 127.0.0.0/8 is loopback, so each n is an address of its own for
/// every per-address limit.
/// </summary>
public static class OtherMachine
{
    public static IPAddress Address(int n) => new([127, 0, 0, (byte)n]);

    public static HttpClient Http(Uri baseAddress, int n)
    {
        var local = Address(n);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Eventually.DefaultTimeout };
    }
}
