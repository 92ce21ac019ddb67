namespace AntiLeadership.Live.Activities.Grid;

/// <summary>
/// What a facilitator chooses when adding a 2×2: the horizontal axis <see cref="X"/>, the vertical axis
/// <see cref="Y"/> and the <see cref="Items"/> everyone places, in the facilitator's order. Anonymous
/// (the default): nobody, the facilitator included, learns who placed what.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record GridSetup(
    string Title,
    [property: Id(0)] GridAxis X,
    [property: Id(1)] GridAxis Y,
    [property: Id(2)] IReadOnlyList<string> Items,
    bool HideResultsUntilRevealed,
    bool Anonymous = true) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed)
{
    public override string Kind => GridKind.Name;
}
