namespace AntiLeadership.Live.Activities.Grid;

/// <summary>One participant's own placements (item id → position), as stored. Only ever sent to their devices.</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record GridContribution(
    string ActivityId,
    [property: Id(0)] IReadOnlyDictionary<string, GridPlacement> Placements,
    long Revision) : Contribution(ActivityId, Revision)
{
    public override string Kind => GridKind.Name;
}
