namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// The reconvene review: the room walks through commitments of the team's living plan one at a time
/// (what happened, so what, now what), and the facilitator's decision for each is written to the plan.
/// </summary>
public static class ReviewKind
{
    public const string Name = "review";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Reconvene review (what happened, so what, now what, per commitment)",
        typeof(ReviewSetup),
        typeof(ReviewInput),
        (grains, activityId) => grains.GetGrain<IReviewGrain>(activityId));
}
