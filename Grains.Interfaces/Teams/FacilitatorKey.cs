namespace AntiLeadership.Live.Teams;

/// <summary>
/// One facilitator key of a team, as facilitators see it: never the secret or its hash. A lead key
/// (the one the team was founded with, and its rotations) may invite and revoke co-facilitators.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FacilitatorKey(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string Label,
    [property: Id(2)] bool Lead,
    [property: Id(3)] DateTimeOffset IssuedAt);
