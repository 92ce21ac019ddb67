namespace AntiLeadership.Live.Grains.Teams;

public sealed class TeamState
{
    public string Name { get; set; } = "";
    public string FacilitatorKeyHash { get; set; } = "";
    public Dictionary<string, StoredMember> Members { get; set; } = [];
    public List<StoredSession> Sessions { get; set; } = [];

    public bool Exists => FacilitatorKeyHash.Length > 0;
}
