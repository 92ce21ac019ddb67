namespace AntiLeadership.Live.Bench;

/// <summary>
/// A reading of the server under test: its peak resident memory so far, and the CPU time (user +
/// system) its process and Azurite's have used since each started.
/// </summary>
public sealed record ServerStats(double PeakRssMb, double CpuS, double StorageCpuS);
