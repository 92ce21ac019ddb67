namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>A participant's part as stored: the entries they wrote and the entries they marked.</summary>
[GenerateSerializer]
public sealed class StoredStructurePart : StoredContribution
{
    [Id(0)]
    public List<StoredStructureEntry> Entries { get; set; } = [];
    [Id(1)]
    public List<string> Marked { get; set; } = [];
}
