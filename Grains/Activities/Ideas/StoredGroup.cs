namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>A group of entries as stored: its name (null until someone names it) and its entries' ids.</summary>
[GenerateSerializer]
public sealed class StoredGroup
{
    [Id(0)]
    public string? Name { get; set; }
    [Id(1)]
    public List<string> Entries { get; set; } = [];
}
