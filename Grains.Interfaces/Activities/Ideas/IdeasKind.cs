namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// Ideas: everyone writes a few entries in private on their phone; the facilitator reveals them, the
/// room groups them, puts dots on what matters most, and keeps the top ones for the team's plan.
/// </summary>
public static class IdeasKind
{
    public const string Name = "ideas";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Ideas: write, group, vote",
        typeof(IdeasSetup),
        typeof(IdeasInput),
        (grains, activityId) => grains.GetGrain<IIdeasGrain>(activityId));
}
