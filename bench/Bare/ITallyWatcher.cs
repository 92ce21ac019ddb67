using Orleans.Concurrency;

namespace AntiLeadership.Live.Bench.Bare;

/// <summary>A node's single subscription to a room's tally, one-way as the product's session observer is.</summary>
public interface ITallyWatcher : IGrainObserver
{
    [OneWay]
    Task TallyChanged(BareTally tally);
}
