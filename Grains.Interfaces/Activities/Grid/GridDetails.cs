namespace AntiLeadership.Live.Activities.Grid;

/// <summary>
/// The export's own part for a 2×2: its axes (what 0 and 100 mean on each), its items, and, only in a
/// named 2×2, where each person placed each item.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GridDetails(
    [property: Id(0)] GridAxis X,
    [property: Id(1)] GridAxis Y,
    [property: Id(2)] IReadOnlyList<string> Items,
    [property: Id(3)] IReadOnlyList<PersonPlacements>? Placements);
