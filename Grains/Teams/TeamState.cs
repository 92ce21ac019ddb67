namespace AntiLeadership.Live.Grains.Teams;

[GenerateSerializer]
public sealed class TeamState
{
    [Id(0)]
    public string Name { get; set; } = "";
    [Id(1)]
    public string FacilitatorKeyHash { get; set; } = "";
    [Id(2)]
    public Dictionary<string, StoredMember> Members { get; set; } = [];
    [Id(3)]
    public List<StoredSession> Sessions { get; set; } = [];

    public bool Exists => FacilitatorKeyHash.Length > 0;
}
