using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.Points;

/// <summary>One participant's own allocation and the points they have left. Only ever sent to that participant.</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record PointsContribution(
    string ActivityId,
    [property: Id(0)] IReadOnlyDictionary<string, int> Points,
    [property: Id(1)] int PointsLeft,
    long Revision,
    [property: Id(2)] IReadOnlyList<OwnProposal> Proposals) : Contribution(ActivityId, Revision)
{
    public override string Kind => PointsKind.Name;
}
