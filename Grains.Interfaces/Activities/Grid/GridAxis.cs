namespace AntiLeadership.Live.Activities.Grid;

/// <summary>One axis of a 2×2: what it measures (<see cref="Name"/>, such as "Impact") and what its two ends are called.</summary>
[GenerateSerializer, Immutable]
public sealed record GridAxis(
    [property: Id(0)] string Name,
    [property: Id(1)] string Low,
    [property: Id(2)] string High);
