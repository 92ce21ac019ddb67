using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>
/// The shared picture of a ranking. <see cref="Scores"/> come in the team's order, most points first;
/// the audience's copy leaves them and <see cref="Agreement"/> out while results are hidden and not yet
/// revealed, so the room still reads the statements it ranks and how many have ranked them.
/// <see cref="Proposals"/> waiting for the facilitator reach only the facilitator.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record RankingView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] IReadOnlyList<Statement> Statements,
    [property: Id(1)] IReadOnlyList<StatementScore>? Scores,
    [property: Id(2)] IReadOnlyList<StatementAgreement>? Agreement = null,
    [property: Id(3)] BoardFocus? Focus = null,
    [property: Id(4)] IReadOnlyList<WaitingProposal>? Proposals = null,
    [property: Id(5)] bool AllowProposals = false) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => RankingKind.Name;

    // Proposals are the facilitator's to screen; the room sees a statement once it is on the ballot.
    protected override ActivityView Shared() => this with { Proposals = null };

    protected override ActivityView WhileHidden() => this with { Scores = null, Agreement = null, Proposals = null };

    // Statements are compared by content: each view carries a list of its own.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is RankingView e
        && e.Statements.SequenceEqual(Statements)
        && e.Focus == Focus
        && e.AllowProposals == AllowProposals;
}
