namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>One entry as stored with its author: its id, the step it was written in, and its text.</summary>
[GenerateSerializer]
public sealed class StoredStructureEntry
{
    [Id(0)]
    public string EntryId { get; set; } = "";
    [Id(1)]
    public int Step { get; set; }
    [Id(2)]
    public string Text { get; set; } = "";
}
