using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>A participant's placements on a 2×2 (item id → position), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredPlacementsJson))]
public sealed class StoredPlacements : StoredOnceContribution
{
    /// <summary>
    /// Replaced as a whole, never changed in place, so the running totals can take the old one out
    /// first; setting it forgets the JSON kept from the last write.
    /// </summary>
    [Id(0)]
    public Dictionary<string, GridPlacement> Placements
    {
        get;
        set
        {
            field = value;
            Changed();
        }
    } = [];
}
