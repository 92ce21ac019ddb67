namespace AntiLeadership.Live.Activities.Intake;

/// <summary>
/// What an activity tells each of its intake shards when it is set up, opened or closed, and on every
/// activation: whether input is taken, until when, and the kind's rules for it. <see cref="Version"/> is
/// the activity's version when it told them, so a shard keeps the newest terms whatever order they arrive in.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IntakeTerms(
    [property: Id(0)] string SessionId,
    [property: Id(1)] long Version,
    [property: Id(2)] ActivityStatus Status,
    [property: Id(3)] DateTimeOffset? ClosesAt,
    [property: Id(4)] IntakeRules Rules);
