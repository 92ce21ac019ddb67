using Orleans.Concurrency;

namespace AntiLeadership.Live.Activities.Intake;

/// <summary>An activity whose intake can be spread over shards: it merges their partial tallies.</summary>
public interface IShardedActivity : IGrainWithStringKey
{
    /// <summary>
    /// A shard's partial tally, sent after each of its writes. One-way, so a shard never waits on the
    /// activity (which itself calls the shards when it is set up, opened or closed).
    /// </summary>
    [OneWay]
    Task TakeTally(ShardTally tally);
}
