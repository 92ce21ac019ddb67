namespace AntiLeadership.Live.Activities.Points;

/// <summary>
/// Culture priorities as 100 points: each participant shares a budget of points over statements about
/// how the team works, in steps the facilitator sets. Points say how much, where dots only say which.
/// </summary>
public static class PointsKind
{
    public const string Name = "points";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Culture priorities (100 points)",
        typeof(PointsSetup),
        typeof(PointsInput),
        (grains, activityId) => grains.GetGrain<IPointsGrain>(activityId));
}
