namespace AntiLeadership.Live.Activities.Grid;

/// <summary>Where one person put each item they placed, in a named 2×2's export.</summary>
[GenerateSerializer, Immutable]
public sealed record PersonPlacements(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<ItemPlacement> Placements);
