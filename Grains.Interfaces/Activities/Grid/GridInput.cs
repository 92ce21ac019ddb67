namespace AntiLeadership.Live.Activities.Grid;

/// <summary>
/// A participant's whole input: every item they have placed (item id → position). Placing, moving and
/// taking an item off are all this one input, so a resubmission can never count anyone twice; an item
/// left out is not placed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GridInput([property: Id(0)] IReadOnlyDictionary<string, GridPlacement> Placements) : ActivityInput
{
    public override string Kind => GridKind.Name;
}
