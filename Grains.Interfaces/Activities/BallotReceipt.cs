namespace AntiLeadership.Live.Activities;

/// <summary>
/// The answer to <see cref="ICulturePrioritiesGrain.CastDots"/>. <see cref="Accepted"/> is true only once
/// the ballot is durably stored. <see cref="AlreadyCounted"/> marks a retry of a submission that was
/// already stored. A rejection carries a message for the participant's screen. <see cref="Ballot"/> is always
/// the ballot as stored, never a change still waiting for storage.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BallotReceipt(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] bool AlreadyCounted,
    [property: Id(2)] string? Rejection,
    [property: Id(3)] Ballot Ballot);
