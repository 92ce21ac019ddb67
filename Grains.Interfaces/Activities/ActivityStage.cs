namespace AntiLeadership.Live.Activities;

/// <summary>
/// What every activity shows the same way, whatever its kind: its title, whether it is open, its timer,
/// whether results are out, and how many people have taken part. <see cref="ContributorIds"/> (who has
/// taken part, never what) is filled only when the activity is named, and only in the facilitator's copy.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ActivityStage(
    [property: Id(0)] string Title,
    [property: Id(1)] ActivityStatus Status,
    [property: Id(2)] bool HideResultsUntilRevealed,
    [property: Id(3)] bool Revealed,
    [property: Id(4)] bool Anonymous,
    [property: Id(5)] DateTimeOffset? ClosesAt,
    [property: Id(6)] int Contributors,
    [property: Id(7)] IReadOnlyList<string>? ContributorIds)
{
    public bool ResultsVisibleToAll => !HideResultsUntilRevealed || Revealed;
}
