using System.Net;
using System.Net.Sockets;

namespace AntiLeadership.Live.Testing;

/// <summary>Ports for servers the tests and the benchmark start. Shared as source by both.</summary>
public static class FreePorts
{
    /// <summary>
    /// Below Linux's range for outgoing connections (32768–60999). A port the system handed out (bind to
    /// port 0) comes from that range, where an outgoing connection can take it before the server it was
    /// meant for binds it, and where waiting for it with connect attempts can connect the socket to itself.
    /// </summary>
    private const int First = 20000, Last = 32000;

    private static readonly HashSet<int> Handed = [];

    /// <summary>A port nothing listens on right now, never the same one twice in this process.</summary>
    public static int Next()
    {
        while (true)
        {
            var port = Random.Shared.Next(First, Last);
            lock (Handed)
            {
                if (Handed.Contains(port) || !IsFree(port))
                {
                    continue;
                }

                Handed.Add(port);
                return port;
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
