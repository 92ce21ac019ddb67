using System.Net;
using System.Net.Sockets;

namespace AntiLeadership.Live.Tests.Infrastructure;

public static class FreePorts
{
    private static readonly HashSet<int> Handed = [];

    /// <summary>A port nothing listens on right now, never the same one twice in this test run.</summary>
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Handed)
            {
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
