using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Statements;

/// <summary>
/// What every vote on statements stores besides its ballots: the statements (which proposals can add
/// to), the proposals, and what the board shows. Plain JSON like every activity state; the members are
/// new or kept their names ("Statements" predates this class), so earlier states still load.
/// </summary>
[GenerateSerializer]
public abstract class StatementVoteState<TEntry> : ActivityState<TEntry>
    where TEntry : StoredContribution
{
    [Id(0)]
    public List<Statement> Statements { get; set; } = [];
    [Id(1)]
    public bool AllowProposals { get; set; }
    [Id(2)]
    public List<StoredProposal> Proposals { get; set; } = [];
    [Id(3)]
    public bool DisagreementShown { get; set; }
    [Id(4)]
    public string? FocusedStatementId { get; set; }
}
