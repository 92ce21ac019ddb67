namespace AntiLeadership.Live.Activities.Points;

/// <summary>The export's own part for a 100-points vote: who gave which points, only in a named vote.</summary>
[GenerateSerializer, Immutable]
public sealed record PointsDetails(
    [property: Id(0)] int Budget,
    [property: Id(1)] int Step,
    [property: Id(2)] int PointsGiven,
    [property: Id(3)] IReadOnlyList<PersonPoints>? Allocations);
