namespace AntiLeadership.Live.Activities.Grid;

/// <summary>
/// A 2×2: everyone places the same items on two axes the facilitator names (impact × effort, say), and
/// the room sees where the team put each one on average and how far apart people placed it.
/// </summary>
public static class GridKind
{
    public const string Name = "grid";

    public static ActivityKind Kind { get; } = new(
        Name,
        "2×2 (place items on two axes)",
        typeof(GridSetup),
        typeof(GridInput),
        (grains, activityId) => grains.GetGrain<IGridGrain>(activityId));
}
