namespace AntiLeadership.Live.Activities;

[GenerateSerializer]
public enum VotingStatus
{
    /// <summary>Set up, not yet open: statements can be read, no dots placed.</summary>
    NotOpened = 0,
    Open = 1,
    Closed = 2,
}
