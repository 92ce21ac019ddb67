namespace AntiLeadership.Live.Activities.Points;

/// <summary>Where one person put their points, in a named vote's export.</summary>
[GenerateSerializer, Immutable]
public sealed record PersonPoints(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<PointsOnStatement> Points);
