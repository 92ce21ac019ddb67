namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>
/// Culture priorities on a 1–5 agreement scale: each participant answers each statement from
/// "Strongly disagree" to "Strongly agree", or skips it. The results lead with how divided the team is.
/// </summary>
public static class ScaleVoteKind
{
    public const string Name = "scale";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Culture priorities (agreement 1–5)",
        typeof(ScaleVoteSetup),
        typeof(ScaleVoteInput),
        (grains, activityId) => grains.GetGrain<IScaleVoteGrain>(activityId));
}
