namespace AntiLeadership.Live.Activities.Intake;

/// <summary>
/// One shard's whole partial tally as stored, never a change: the activity keeps the one with the highest
/// <see cref="Version"/> per <see cref="Shard"/> and shows their sum, so a repeated or late report can
/// neither count a contribution twice nor lose one. Each kind derives what it counts.
/// </summary>
[GenerateSerializer, Immutable]
public abstract record ShardTally(
    [property: Id(0)] int Shard,
    [property: Id(1)] long Version,
    [property: Id(2)] int Contributors);
