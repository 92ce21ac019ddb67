namespace AntiLeadership.Live.Activities.Points;

/// <summary>Points one person gave one statement (its text), in a named vote's export.</summary>
[GenerateSerializer, Immutable]
public sealed record PointsOnStatement([property: Id(0)] string Statement, [property: Id(1)] int Points);
