namespace AntiLeadership.Live.Activities.Statements;

/// <summary>The commands every vote on statements understands, besides those of every activity.</summary>
public static class StatementCommands
{
    /// <summary>The board shows the "Where we disagree" list, most divided first.</summary>
    public const string ShowDisagreement = "show-disagreement";

    /// <summary>The board shows the statement <see cref="ActivityCommand.Target"/> large, with its distribution.</summary>
    public const string FocusStatement = "focus-statement";

    /// <summary>The board shows the results again.</summary>
    public const string ShowResults = "show-results";

    /// <summary>Puts proposal <see cref="ActivityCommand.Target"/> on the ballot, as <see cref="ActivityCommand.Text"/> when given (an edit).</summary>
    public const string AcceptProposal = "accept-proposal";

    /// <summary>Proposal <see cref="ActivityCommand.Target"/> repeats the statement whose id is <see cref="ActivityCommand.Text"/>.</summary>
    public const string MergeProposal = "merge-proposal";

    public const string DeclineProposal = "decline-proposal";

    /// <summary>Participants may propose statements from now on (<see cref="ActivityCommand.Text"/> "on"), or no longer ("off").</summary>
    public const string Proposals = "proposals";
}
