using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>
/// The shared picture of an agreement scale. <see cref="Results"/> (how many answered each statement,
/// and the average) and <see cref="Agreement"/> (the distribution over the five answers, the spread and
/// the split) are always filled for the facilitator; the audience's copy leaves both out while results
/// are hidden and not yet revealed, so the room still reads the statements and how many have answered.
/// <see cref="Proposals"/> waiting for the facilitator reach only the facilitator.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ScaleVoteView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] IReadOnlyList<Statement> Statements,
    [property: Id(1)] IReadOnlyList<StatementAnswers>? Results,
    [property: Id(2)] IReadOnlyList<StatementAgreement>? Agreement = null,
    [property: Id(3)] BoardFocus? Focus = null,
    [property: Id(4)] IReadOnlyList<WaitingProposal>? Proposals = null,
    [property: Id(5)] bool AllowProposals = false) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => ScaleVoteKind.Name;

    // Proposals are the facilitator's to screen; the room sees a statement once it is on the ballot.
    protected override ActivityView Shared() => this with { Proposals = null };

    protected override ActivityView WhileHidden() => this with { Results = null, Agreement = null, Proposals = null };

    // Statements are compared by content: each view carries a list of its own.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is ScaleVoteView e
        && e.Statements.SequenceEqual(Statements)
        && e.Focus == Focus
        && e.AllowProposals == AllowProposals;
}
