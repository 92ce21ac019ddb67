using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// Stored as JSON by the Azure blob provider: plain mutable members, no wire types, new members
/// optional so older blobs still load.
/// </summary>
public sealed class CulturePrioritiesState
{
    public string SessionId { get; set; } = "";
    public string Title { get; set; } = "";
    public List<Statement> Statements { get; set; } = [];
    public int DotsPerParticipant { get; set; }
    public int MaxDotsPerStatement { get; set; }
    public bool HideResultsUntilRevealed { get; set; }
    public VotingStatus Status { get; set; }
    public bool Revealed { get; set; }
    public long Version { get; set; }
    public Dictionary<string, StoredBallot> Ballots { get; set; } = [];

    public bool IsSetUp => Statements.Count > 0;
}
