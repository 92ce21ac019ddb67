namespace AntiLeadership.Live.Bench;

/// <summary>A node's resident memory now (VmRSS) and its grain activations (null if its metrics cannot be read).</summary>
public sealed record NodeReading(double RssMb, long? Activations)
{
    public static async Task<NodeReading> ReadAsync(ServerUnderTest server)
    {
        var reading = new NodeReading(ProcessStats.RssMb(server.Node.Id), await NodeGauges.ActivationsAsync(server.BaseAddress));
        BenchLog.Write($"node: {reading.RssMb:0} MB resident, {reading.Activations?.ToString() ?? "unknown"} activations");
        return reading;
    }
}
