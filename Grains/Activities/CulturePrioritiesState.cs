using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// Stored as JSON by the Azure blob provider: plain mutable members, new members
/// optional so older blobs still load. [GenerateSerializer] also puts the type on Orleans' allow-list,
/// which the storage deserializer checks before it will read a stored state back.
/// </summary>
[GenerateSerializer]
public sealed class CulturePrioritiesState
{
    [Id(0)]
    public string SessionId { get; set; } = "";
    [Id(1)]
    public string Title { get; set; } = "";
    [Id(2)]
    public List<Statement> Statements { get; set; } = [];
    [Id(3)]
    public int DotsPerParticipant { get; set; }
    [Id(4)]
    public int MaxDotsPerStatement { get; set; }
    [Id(5)]
    public bool HideResultsUntilRevealed { get; set; }
    [Id(6)]
    public VotingStatus Status { get; set; }
    [Id(7)]
    public bool Revealed { get; set; }
    [Id(8)]
    public long Version { get; set; }
    [Id(9)]
    public Dictionary<string, StoredBallot> Ballots { get; set; } = [];
    /// <summary>When voting closes by itself. Stored as an end time, so it survives any restart.</summary>
    [Id(10)]
    public DateTimeOffset? ClosesAt { get; set; }
    /// <summary>True unless the facilitator chose otherwise; blobs from before this setting load as anonymous.</summary>
    [Id(11)]
    public bool Anonymous { get; set; } = true;

    public bool IsSetUp => Statements.Count > 0;
}
