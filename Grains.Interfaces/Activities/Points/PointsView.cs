using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.Points;

/// <summary>
/// The shared picture of a 100-points vote. <see cref="Totals"/>, <see cref="PointsGiven"/> and
/// <see cref="Agreement"/> are results: always in the facilitator's copy, left out of the audience's
/// while results are hidden, so the room reads the statements it is voting on and how many have voted.
/// <see cref="Proposals"/> waiting for the facilitator reach only the facilitator.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record PointsView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] IReadOnlyList<Statement> Statements,
    [property: Id(1)] int Budget,
    [property: Id(2)] int Step,
    [property: Id(3)] int? PointsGiven,
    [property: Id(4)] IReadOnlyList<StatementPoints>? Totals,
    [property: Id(5)] IReadOnlyList<StatementAgreement>? Agreement,
    [property: Id(6)] BoardFocus? Focus,
    [property: Id(7)] IReadOnlyList<WaitingProposal>? Proposals,
    [property: Id(8)] bool AllowProposals) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => PointsKind.Name;

    // Proposals are the facilitator's to screen; the room sees a statement once it is on the ballot.
    protected override ActivityView Shared() => this with { Proposals = null };

    protected override ActivityView WhileHidden() => this with { PointsGiven = null, Totals = null, Agreement = null, Proposals = null };

    // Statements are compared by content: each view carries a list of its own.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is PointsView e
        && e.Statements.SequenceEqual(Statements)
        && e.Budget == Budget
        && e.Step == Step
        && e.Focus == Focus
        && e.AllowProposals == AllowProposals;
}
