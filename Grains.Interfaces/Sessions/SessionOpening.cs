namespace AntiLeadership.Live.Sessions;

[GenerateSerializer, Immutable]
public sealed record SessionOpening(
    [property: Id(0)] string TeamId,
    [property: Id(1)] string TeamName,
    [property: Id(2)] string Title,
    [property: Id(3)] string JoinCode);
