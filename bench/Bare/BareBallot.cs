namespace AntiLeadership.Live.Bench.Bare;

/// <summary>A dot-vote ballot as a phone sends it, read straight into its type: statement id → dots.</summary>
public sealed record BareBallot(Dictionary<string, int> Dots);
