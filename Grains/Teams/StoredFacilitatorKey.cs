namespace AntiLeadership.Live.Grains.Teams;

/// <summary>A facilitator key of the team. Only the hash of its secret is kept.</summary>
[GenerateSerializer]
public sealed class StoredFacilitatorKey
{
    [Id(0)]
    public string KeyId { get; set; } = "";
    [Id(1)]
    public string Hash { get; set; } = "";
    [Id(2)]
    public string Label { get; set; } = "";
    [Id(3)]
    public bool Lead { get; set; }
    [Id(4)]
    public DateTimeOffset IssuedAt { get; set; }
}
