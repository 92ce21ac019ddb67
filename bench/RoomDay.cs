namespace AntiLeadership.Live.Bench;

/// <summary>One room's bursts over a day on a shared node, for <see cref="DayFigures"/>.</summary>
public sealed record RoomDay(string Activity, IReadOnlyList<BurstMeasurement> Bursts)
{
    public double[] AcksMs => Bursts.SelectMany(b => b.AcksMs).ToArray();

    /// <summary>The p99 of this room's own acknowledgements: every room must meet the target, not only the pool.</summary>
    public double AckP99Ms => BurstSummary.Percentile([.. AcksMs.Order()], 0.99);

    public long BoardConvergeMs => Bursts.Max(b => b.BoardConvergeMs);

    public long AllConvergeMs => Bursts.Max(b => b.AllConvergeMs);
}
