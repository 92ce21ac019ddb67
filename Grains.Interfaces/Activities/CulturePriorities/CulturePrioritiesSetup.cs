using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>
/// What a facilitator chooses when adding a culture-priorities vote. Anonymous (the default): nobody,
/// the facilitator included, learns who has voted; otherwise the facilitator sees who has (never what).
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record CulturePrioritiesSetup(
    string Title,
    [property: Id(0)] IReadOnlyList<string> Statements,
    [property: Id(1)] int DotsPerParticipant,
    [property: Id(2)] int MaxDotsPerStatement,
    bool HideResultsUntilRevealed,
    bool Anonymous = true,
    [property: Id(3)] bool AllowProposals = false) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed), IStatementSetup
{
    public override string Kind => CulturePrioritiesKind.Name;

    /// <summary>Proposals are the vote's shared state, which only the vote itself holds: a vote that takes them is not spread.</summary>
    public override bool InputCanSpread => base.InputCanSpread && !AllowProposals;
}
