namespace AntiLeadership.Live.Bench;

/// <summary>One reading of a node during a long day: seconds since it began, resident memory, threads and established connections.</summary>
public sealed record NodeSample(double AtS, double RssMb, int Threads, int Connections)
{
    public static NodeSample Read(ServerUnderTest server, double atS) =>
        new(atS, ProcessStats.RssMb(server.Node.Id), ProcessStats.Threads(server.Node.Id), NodeGauges.Connections(server.BaseAddress.Port));
}
