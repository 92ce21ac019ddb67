using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>A participant's placements on a 2×2 (item id → position), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredPlacementsJson))]
public sealed class StoredPlacements : StoredContribution
{
    /// <summary>
    /// Replaced as a whole, never changed in place, so the running totals can take the old one out
    /// first; setting it forgets <see cref="StoredJson"/>.
    /// </summary>
    [Id(0)]
    public Dictionary<string, GridPlacement> Placements
    {
        get;
        set
        {
            field = value;
            StoredJson = null;
        }
    } = [];

    /// <summary>
    /// These placements as JSON, kept from their last write until they change: a write stores every
    /// participant's placements, and in a burst most of them have not changed since the write before.
    /// </summary>
    [NonSerialized]
    internal byte[]? StoredJson;

    protected override void Changed() => StoredJson = null;
}
