namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>One participant's answers as stored, per commitment; only ever sent to their devices.</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ReviewContribution(
    string ActivityId,
    [property: Id(0)] IReadOnlyList<ReviewAnswer> Answers,
    long Revision) : Contribution(ActivityId, Revision)
{
    public override string Kind => ReviewKind.Name;
}
