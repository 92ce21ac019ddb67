namespace AntiLeadership.Live.Grains.Teams;

[GenerateSerializer]
public sealed class TeamState
{
    [Id(0)]
    public string Name { get; set; } = "";
    /// <summary>The hash of the key the team was founded with: lets a retried founding be recognised.</summary>
    [Id(1)]
    public string FacilitatorKeyHash { get; set; } = "";
    [Id(2)]
    public Dictionary<string, StoredMember> Members { get; set; } = [];
    [Id(3)]
    public List<StoredSession> Sessions { get; set; } = [];
    /// <summary>The keys that work now; a revoked or rotated key is deleted, not flagged.</summary>
    [Id(4)]
    public List<StoredFacilitatorKey> FacilitatorKeys { get; set; } = [];

    /// <summary>Automatic deletion: days after the last session (null: off), and when it was set.</summary>
    [Id(5)]
    public int? RetentionDays { get; set; }
    [Id(6)]
    public DateTimeOffset? RetentionSetAt { get; set; }

    public bool Exists => FacilitatorKeyHash.Length > 0;
}
