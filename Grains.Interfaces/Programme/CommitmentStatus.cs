namespace AntiLeadership.Live.Programme;

/// <summary>Where a commitment of the team's plan stands.</summary>
public enum CommitmentStatus
{
    Planned,
    Trying,
    Done,
    Dropped,
}
