namespace AntiLeadership.Live.Bench.Bare;

/// <summary>The bare path's one grain per activity: it counts dots and pushes the tally, nothing else.</summary>
public interface ITallyGrain : IGrainWithStringKey
{
    /// <summary>Counts a voter's ballot in place of their earlier one (a dot vote's final ballot replaces the first).</summary>
    Task Count(string voterId, Dictionary<string, int> dots);

    /// <summary>Subscribes a node's room link to the tally, which it then receives coalesced.</summary>
    Task Watch(ITallyWatcher watcher);
}
