namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// A participant's part as stored: their entries in the order they wrote them, and their dots (item id →
/// dots). Which group an entry is in is the room's, not the author's: it lives in the groups.
/// </summary>
[GenerateSerializer]
public sealed class StoredIdeas : StoredContribution
{
    [Id(0)]
    public List<StoredIdea> Ideas { get; set; } = [];
    [Id(1)]
    public Dictionary<string, int> Dots { get; set; } = [];
}
