using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>
/// The shared picture of a culture-priorities vote. <see cref="Tally"/> is always filled for the
/// facilitator; the audience's copy leaves it out while results are hidden and not yet revealed, so the
/// room still reads the statements it is voting on, and how many have voted. <see cref="Agreement"/>
/// (how divided the room is about each statement) is a result too; <see cref="Proposals"/> waiting for
/// the facilitator reach only the facilitator. <see cref="ProposalsPossible"/> is false for a vote spread
/// over shards, which takes no proposals.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record CulturePrioritiesView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] IReadOnlyList<Statement> Statements,
    [property: Id(1)] int DotsPerParticipant,
    [property: Id(2)] int MaxDotsPerStatement,
    [property: Id(3)] int DotsPlaced,
    [property: Id(4)] IReadOnlyList<StatementTally>? Tally,
    [property: Id(5)] IReadOnlyList<StatementAgreement>? Agreement = null,
    [property: Id(6)] BoardFocus? Focus = null,
    [property: Id(7)] IReadOnlyList<WaitingProposal>? Proposals = null,
    [property: Id(8)] bool AllowProposals = false,
    [property: Id(9)] bool ProposalsPossible = true) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => CulturePrioritiesKind.Name;

    /// <summary>Whether this copy carries the tally (the facilitator's always does).</summary>
    public bool TallyVisible => Tally is not null;

    // Proposals are the facilitator's to screen; the room sees a statement once it is on the ballot.
    protected override ActivityView Shared() => this with { Proposals = null };

    protected override ActivityView WhileHidden() => this with { Tally = null, Agreement = null, Proposals = null };

    // Statements are compared by content: each view carries a list of its own.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is CulturePrioritiesView e
        && e.Statements.SequenceEqual(Statements)
        && e.DotsPerParticipant == DotsPerParticipant
        && e.MaxDotsPerStatement == MaxDotsPerStatement
        && e.Focus == Focus
        && e.AllowProposals == AllowProposals
        && e.ProposalsPossible == ProposalsPossible;
}
