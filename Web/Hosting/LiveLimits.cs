namespace AntiLeadership.Live.Web.Hosting;

/// <summary>
/// "Live:Limits": how much one address (and everybody together) may try. Per web node: a cluster of N
/// nodes allows up to N times as much, which still keeps guessing an 8-character code hopeless.
/// </summary>
public sealed class LiveLimits
{
    /// <summary>
    /// Wrong or closed join codes, and unknown session ids, one address may try per minute before
    /// every lookup from it has to wait.
    /// </summary>
    public int FailedLookupsPerMinutePerAddress { get; set; } = 10;

    /// <summary>
    /// Failed lookups from all addresses together per minute before the operator is warned of guessing
    /// spread over many addresses. Never a reason to refuse anyone: 40-bit codes are not found by
    /// guessing, and refusing everybody was a lockout anyone could cause.
    /// </summary>
    public int FailedLookupsPerMinute { get; set; } = 600;

    /// <summary>
    /// New participants per minute from one address, as a bucket of that size refilled evenly: a room
    /// behind one NAT shares an address and arrives at once; it only stops a script from filling a
    /// session with made-up participants. Coming back with one's own credential is never counted.
    /// </summary>
    public int JoinsPerMinutePerAddress { get; set; } = 600;

    /// <summary>Workshops (new teams) and next sessions started from one address per hour, as a bucket refilled evenly.</summary>
    public int WorkshopsPerHourPerAddress { get; set; } = 20;

    /// <summary>Room displays (boards) of one session connected to this node at once.</summary>
    public int BoardsPerSession { get; set; } = 10;
}
