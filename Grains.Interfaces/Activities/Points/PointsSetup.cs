using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.Points;

/// <summary>
/// What a facilitator chooses when adding a 100-points vote: the statements and the step points are
/// given in (5 or 10). The budget is the same for everyone and every vote: 100.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record PointsSetup(
    string Title,
    [property: Id(0)] IReadOnlyList<string> Statements,
    [property: Id(1)] int Step,
    bool HideResultsUntilRevealed,
    bool Anonymous = true,
    [property: Id(2)] bool AllowProposals = false) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed), IStatementSetup
{
    public override string Kind => PointsKind.Name;
}
