namespace AntiLeadership.Live.Activities;

/// <summary>
/// The answer to <see cref="IActivityGrain.Submit"/>. <see cref="Accepted"/> is true only once the input
/// is durably stored. <see cref="AlreadyCounted"/> marks a retry of a submission that was already stored.
/// A rejection carries a message for the participant's screen. <see cref="Contribution"/> is always the
/// contribution as stored, never a change still waiting for storage.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ContributionReceipt(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] bool AlreadyCounted,
    [property: Id(2)] string? Rejection,
    [property: Id(3)] Contribution Contribution);
