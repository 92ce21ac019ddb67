namespace AntiLeadership.Live.Teams;

[GenerateSerializer, Immutable]
public sealed record TeamView(
    [property: Id(0)] string TeamId,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Exists,
    [property: Id(3)] IReadOnlyList<SessionListing> Sessions,
    [property: Id(4)] int MemberCount);
