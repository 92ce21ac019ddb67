namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// A group of one step as stored: its members and the names they had when it formed (for "find Sam"),
/// and what the group picked to carry forward (the entry's text is kept, so the pick outlives an
/// author taking the entry back).
/// </summary>
[GenerateSerializer]
public sealed class StoredHuddle
{
    [Id(0)]
    public int Step { get; set; }
    [Id(1)]
    public int Number { get; set; }
    [Id(2)]
    public List<string> Members { get; set; } = [];
    [Id(3)]
    public List<string> Names { get; set; } = [];
    [Id(4)]
    public string? PickEntryId { get; set; }
    [Id(5)]
    public string? PickText { get; set; }
}
