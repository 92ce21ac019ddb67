namespace AntiLeadership.Live.Bench;

/// <summary>
/// One burst as measured: every acknowledgement's latency (ms), how long the burst took from the first
/// ballot sent to the last acknowledged, how long after that the board and the last client showed the
/// final tally, what the server sent meanwhile, its and its storage's CPU during the burst, its CPU from the
/// first ballot until every client showed the final tally, and a reading of the server once everyone had
/// converged (null for a server this benchmark did not start).
/// </summary>
public sealed record BurstMeasurement(
    double[] AcksMs,
    long DurationMs,
    long BoardConvergeMs,
    long AllConvergeMs,
    long Messages,
    double MessagesPerPhone,
    double? ServerCpuS,
    double? StorageCpuS,
    double? ConvergedServerCpuS,
    ServerStats? AfterConverged)
{
    public double VotesPerS => AcksMs.Length / Math.Max(0.001, DurationMs / 1000.0);
}
