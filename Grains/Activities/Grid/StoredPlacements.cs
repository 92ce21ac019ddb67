using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>A participant's placements on a 2×2 (item id → position), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
public sealed class StoredPlacements : StoredContribution
{
    /// <summary>Replaced as a whole, never changed in place, so the running totals can take the old one out first.</summary>
    [Id(0)]
    public Dictionary<string, GridPlacement> Placements { get; set; } = [];
}
