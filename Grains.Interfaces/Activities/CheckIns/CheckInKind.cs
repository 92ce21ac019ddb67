namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>
/// A check-in: everyone answers one question with a word (or a short phrase), or with a number from 1 to
/// 5 and an optional word. A session holds as many as it likes (an opening and a closing one, say),
/// told apart by their titles and questions.
/// </summary>
public static class CheckInKind
{
    public const string Name = "check-in";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Check-in (one word or a 1–5 scale)",
        typeof(CheckInSetup),
        typeof(CheckInInput),
        (grains, activityId) => grains.GetGrain<ICheckInGrain>(activityId));
}
