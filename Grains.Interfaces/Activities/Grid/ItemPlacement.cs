namespace AntiLeadership.Live.Activities.Grid;

/// <summary>Where one person put one item (by its text), in a named 2×2's export.</summary>
[GenerateSerializer, Immutable]
public sealed record ItemPlacement(
    [property: Id(0)] string Item,
    [property: Id(1)] int X,
    [property: Id(2)] int Y);
