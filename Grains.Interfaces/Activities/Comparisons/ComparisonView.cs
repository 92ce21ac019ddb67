using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Activities.Comparisons;

/// <summary>
/// The card as every screen shows it: the series group with its points (counts and measures only, the
/// small-group rule applied when they were recorded), or null when the team's results no longer hold it.
/// Nothing in it is a result of this activity to hide, so the audience gets it whole.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ComparisonView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] string GroupId,
    [property: Id(1)] ResultGroup? Group) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => ComparisonKind.Name;

    protected override ActivityView WhileHidden() => this;

    // New points are the facilitator's doing (a refresh), so they reach every screen at once.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is ComparisonView e && e.GroupId == GroupId && ReferenceEquals(e.Group, Group);
}
