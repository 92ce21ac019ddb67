namespace AntiLeadership.Live.Bench;

/// <summary>
/// Sums up the measured bursts of one server. Latencies are pooled, so the p99 rests on every burst's
/// acknowledgements rather than on the twenty slowest of one; throughput, messages and CPU are the
/// median burst's, because on two shared cores one burst of half a second can lose a third of its speed
/// to a scheduling hiccup; convergence is the worst burst's, because every burst must meet it.
/// </summary>
public static class BurstSummary
{
    public static BenchResult Summarise(int participants, IReadOnlyList<BurstMeasurement> bursts)
    {
        var acks = bursts.SelectMany(b => b.AcksMs).Order().ToArray();
        var last = bursts[^1].AfterConverged;
        var cpu = bursts.Select(b => b.ServerCpuS).ToArray();
        var storageCpu = bursts.Select(b => b.StorageCpuS).ToArray();
        return new BenchResult(
            participants,
            bursts[0].AcksMs.Length,
            bursts.Count,
            VotesLost: null,
            Duplicates: null,
            DurabilityChecked: false,
            Math.Round(Percentile(acks, 0.50), 1),
            Math.Round(Percentile(acks, 0.99), 1),
            bursts.Max(b => b.BoardConvergeMs),
            bursts.Max(b => b.AllConvergeMs),
            (long)Median(bursts.Select(b => (double)b.Messages)),
            last is null ? null : Math.Round(last.PeakRssMb, 1),
            last is null ? null : Math.Round(last.CpuS, 2),
            cpu.Any(c => c is null) ? null : Math.Round(Median(cpu.Select(c => c!.Value)), 2),
            storageCpu.Any(c => c is null) ? null : Math.Round(Median(storageCpu.Select(c => c!.Value)), 2),
            Math.Round(Median(bursts.Select(b => b.VotesPerS)), 1),
            MessagesPerPhone: Math.Round(Median(bursts.Select(b => b.MessagesPerPhone)), 2));
    }

    /// <summary>The p99 of a single burst: the first (unmeasured) burst's is reported as the cold one.</summary>
    public static double P99(BurstMeasurement burst) => Math.Round(Percentile([.. burst.AcksMs.Order()], 0.99), 1);

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
