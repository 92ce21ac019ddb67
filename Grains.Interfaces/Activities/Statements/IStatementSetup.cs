namespace AntiLeadership.Live.Activities.Statements;

/// <summary>What every vote on statements is set up with, whatever its way of voting.</summary>
public interface IStatementSetup
{
    IReadOnlyList<string> Statements { get; }

    /// <summary>Whether participants may propose statements; the facilitator decides what reaches the ballot.</summary>
    bool AllowProposals { get; }
}
