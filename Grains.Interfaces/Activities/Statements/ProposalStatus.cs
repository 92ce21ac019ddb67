namespace AntiLeadership.Live.Activities.Statements;

public enum ProposalStatus
{
    Waiting,
    Accepted,
    Merged,
    Declined,
}
