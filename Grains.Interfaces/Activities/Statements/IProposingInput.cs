namespace AntiLeadership.Live.Activities.Statements;

/// <summary>
/// Input to a vote on statements that may carry a proposal instead of a ballot: a submission either
/// proposes one statement (<see cref="Propose"/>) or replaces the participant's ballot, never both.
/// </summary>
public interface IProposingInput
{
    string? Propose { get; }
}
