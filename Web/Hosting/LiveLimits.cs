namespace AntiLeadership.Live.Web.Hosting;

/// <summary>
/// "Live:Limits": how much one address (and everybody together) may try. Per web node: a cluster of N
/// nodes allows up to N times as much, which still keeps guessing an 8-character code hopeless.
/// </summary>
public sealed class LiveLimits
{
    /// <summary>Wrong or closed join codes one address may try per minute before it has to wait.</summary>
    public int FailedLookupsPerMinutePerAddress { get; set; } = 10;

    /// <summary>Wrong codes from all addresses together per minute; past it, lookups wait for everyone.</summary>
    public int FailedLookupsPerMinute { get; set; } = 600;

    /// <summary>
    /// Joins per minute from one address. Generous, because a room behind one NAT shares an address;
    /// it only stops a script from filling a session with made-up participants.
    /// </summary>
    public int JoinsPerMinutePerAddress { get; set; } = 120;
}
