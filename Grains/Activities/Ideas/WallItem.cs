namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>An item on the wall as the grain works with it: a group (its entries in the wall's order) or an entry in no group.</summary>
internal sealed record WallItem(string ItemId, bool IsGroup, string? Name, IReadOnlyList<StoredIdea> Entries)
{
    /// <summary>What the item is called in a ranking, on the shortlist and in the export: a group's name, or its first entry.</summary>
    public string Label => Name ?? Entries.FirstOrDefault()?.Text ?? "";
}
