namespace AntiLeadership.Live.Activities.Comparisons;

/// <summary>
/// A comparison card: one of the team's series groups (results over time) on the board, this session
/// beside earlier ones. Like a content card it takes no input; its points come from the team's results,
/// taken when it is set up and again when the console shows it.
/// </summary>
public static class ComparisonKind
{
    public const string Name = "comparison";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Comparison with earlier sessions",
        typeof(ComparisonSetup),
        typeof(ComparisonInput),
        (grains, activityId) => grains.GetGrain<IComparisonGrain>(activityId));
}
