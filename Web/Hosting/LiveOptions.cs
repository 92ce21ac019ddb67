namespace AntiLeadership.Live.Web.Hosting;

/// <summary>The "Live" configuration section: how this web node runs and how it is reached.</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>"CoHosted" (this process is also a silo, the default) or "Client" (joins a cluster).</summary>
    public string Mode { get; set; } = LiveModes.CoHosted;

    /// <summary>The address phones should use, e.g. http://workshop.local:5080. Empty: the LAN address.</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>
    /// The key operators give (Bearer, or Basic with any user name) to reach /metrics and /dashboard.
    /// Empty: those pages answer only on this machine (loopback), never to phones on the LAN.
    /// </summary>
    public string OperatorKey { get; set; } = "";

    /// <summary>
    /// Pages of other origins allowed to open the workshop's WebSocket, e.g. https://workshop.example.
    /// Empty: only pages served by this host itself (the Origin must match the Host the browser used).
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// When set, starting a workshop (a new team) requires this key: for a server the public can reach.
    /// Empty: anyone who reaches the start page may start one (a laptop in a room).
    /// </summary>
    public string StartKey { get; set; } = "";

    public LiveLimits Limits { get; set; } = new();

    /// <summary>
    /// How often each node sweeps for teams due for automatic deletion (<see cref="Retention.RetentionSweep"/>).
    /// An hour by default: deletion is counted in days. Shorter for an operator, or a benchmark, that wants
    /// to see a sweep soon after starting a node.
    /// </summary>
    public TimeSpan RetentionSweepInterval { get; set; } = Retention.RetentionSweep.Interval;
}
