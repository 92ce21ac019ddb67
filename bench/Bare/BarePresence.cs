namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// The two members of the product's session view the benchmark's board waits on: how many phones are
/// in, versioned so the newest wins. Sent only while people connect, never during a burst.
/// </summary>
public sealed record BarePresence(long Version, int PresentCount);
