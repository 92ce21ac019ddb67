using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>
/// What a facilitator chooses when adding a ranking: the statements, and whether participants may
/// propose more. A ranking has no settings of its own: the order is the whole ballot.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record RankingSetup(
    string Title,
    [property: Id(0)] IReadOnlyList<string> Statements,
    bool HideResultsUntilRevealed,
    bool Anonymous = true,
    [property: Id(1)] bool AllowProposals = false) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed), IStatementSetup
{
    public override string Kind => RankingKind.Name;
}
