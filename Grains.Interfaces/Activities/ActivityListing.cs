namespace AntiLeadership.Live.Activities;

/// <summary>
/// An entry on a session's agenda. <see cref="IntakeShards"/> is how many shards take its participants'
/// input (<see cref="Intake.IntakeShards.One"/>: the activity itself), fixed when it was set up.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ActivityListing(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] int IntakeShards = Intake.IntakeShards.One);
