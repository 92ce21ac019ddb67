using System.Diagnostics.Metrics;

namespace AntiLeadership.Live.Telemetry;

/// <summary>
/// The product's own instruments, in one meter that the web node exports (Prometheus at /metrics).
/// Plain System.Diagnostics.Metrics, so grains need no telemetry package.
/// </summary>
public static class LiveMetrics
{
    public const string MeterName = "AntiLeadership.Live";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Ballots acknowledged after they were stored; its rate is votes per second.</summary>
    public static readonly Counter<long> VotesStored = Meter.CreateCounter<long>("live.votes.stored", "{vote}", "Ballots stored and acknowledged");

    public static readonly Histogram<double> StorageWriteDuration = Meter.CreateHistogram<double>("live.storage.write.duration", "ms", "Time of one grain state write");

    public static readonly Histogram<long> StorageBatchSize = Meter.CreateHistogram<long>("live.storage.batch.size", "{command}", "Commands carried by one storage write (group commit)");

    public static readonly UpDownCounter<long> Connections = Meter.CreateUpDownCounter<long>("live.connections", "{connection}", "Open browser connections on this node");

    /// <summary>
    /// Session grains asked about an id no session was opened under: each cost an activation and a
    /// storage read. Web nodes keep this low (see SessionIdGuard); a rising rate means someone probes ids.
    /// </summary>
    public static readonly Counter<long> SessionsNotFound = Meter.CreateCounter<long>("live.sessions.not_found", "{lookup}", "Lookups that activated a session grain for an id with no session");

    public static readonly Histogram<double> FanOutDuration = Meter.CreateHistogram<double>("live.fanout.duration", "ms", "Time to hand one snapshot to this node's browsers");
}
