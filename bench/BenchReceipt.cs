namespace AntiLeadership.Live.Bench;

/// <summary>What a simulated phone reads of the hub's answer to a submission: whether it is stored, and why not.</summary>
public sealed record BenchReceipt(bool Accepted, bool AlreadyCounted, string? Rejection);
