namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// The strengths map: each participant picks the strengths they bring and recognises strengths they see
/// in teammates; the room sees the team's picture, never a score of anybody.
/// </summary>
public static class StrengthsKind
{
    public const string Name = "strengths";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Strengths map",
        typeof(StrengthsSetup),
        typeof(StrengthsInput),
        (grains, activityId) => grains.GetGrain<IStrengthsGrain>(activityId));
}
