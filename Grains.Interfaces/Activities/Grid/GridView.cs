namespace AntiLeadership.Live.Activities.Grid;

/// <summary>
/// The shared picture of a 2×2: its axes, its items, and each item's place as the team sees it
/// (<see cref="Positions"/>, in the items' order; aggregates only, never who placed what). While results
/// are hidden and not yet revealed the audience gets the axes and the items and no positions.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record GridView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] GridAxis X,
    [property: Id(1)] GridAxis Y,
    [property: Id(2)] IReadOnlyList<GridItem> Items,
    [property: Id(3)] IReadOnlyList<ItemPosition>? Positions) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => GridKind.Name;

    protected override ActivityView WhileHidden() => this with { Positions = null };

    // Items are compared by content: each view carries a list of its own.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is GridView e && e.X == X && e.Y == Y && e.Items.SequenceEqual(Items);
}
