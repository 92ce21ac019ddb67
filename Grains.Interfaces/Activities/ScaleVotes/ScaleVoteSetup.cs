using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>
/// What a facilitator chooses when adding an agreement scale: the statements, and whether participants
/// may propose more. Anonymous (the default): nobody, the facilitator included, learns who answered what.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ScaleVoteSetup(
    string Title,
    [property: Id(0)] IReadOnlyList<string> Statements,
    bool HideResultsUntilRevealed,
    bool Anonymous = true,
    [property: Id(1)] bool AllowProposals = false) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed), IStatementSetup
{
    public override string Kind => ScaleVoteKind.Name;
}
