namespace AntiLeadership.Live.Programme;

/// <summary>
/// What a commitment says, as written or changed: what we will try and why, who owns it (team members'
/// participant ids; none means the whole team), the first step, and when the team reviews it. Where it
/// came from (<see cref="SourceActivityId"/>, <see cref="SourceItemId"/>) when promoted from a session.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CommitmentDraft(
    [property: Id(0)] string What,
    [property: Id(1)] string Why,
    [property: Id(2)] IReadOnlyList<string> Owners,
    [property: Id(3)] string FirstStep,
    [property: Id(4)] DateOnly? ReviewOn,
    [property: Id(5)] string? SourceActivityId = null,
    [property: Id(6)] string? SourceItemId = null);
