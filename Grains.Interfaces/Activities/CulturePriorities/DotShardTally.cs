using AntiLeadership.Live.Activities.Intake;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>
/// A dot vote shard's partial tally: for each statement, how many of its voters gave it 1, 2, … dots
/// (index = dots, index 0 unused). Counts by dots, not running sums, because the activity measures how
/// divided the room is from every voter's dots, and these counts give it exactly that after merging.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record DotShardTally(
    int Shard,
    long Version,
    int Contributors,
    [property: Id(0)] IReadOnlyDictionary<string, int[]> VotersByDots) : ShardTally(Shard, Version, Contributors);
