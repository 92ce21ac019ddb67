namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>
/// Culture priorities as a ranking: each participant puts the statements in their own order, and the
/// board shows the team's order with how far apart people placed each statement.
/// </summary>
public static class RankingKind
{
    public const string Name = "ranking";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Culture priorities (ranking)",
        typeof(RankingSetup),
        typeof(RankingInput),
        (grains, activityId) => grains.GetGrain<IRankingGrain>(activityId));
}
