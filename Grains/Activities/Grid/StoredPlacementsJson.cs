using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>Writes a <see cref="StoredPlacements"/> once per change (see <see cref="StoredOnceJson{TStored, TFields}"/>).</summary>
internal sealed class StoredPlacementsJson : StoredOnceJson<StoredPlacements, StoredPlacementsJson.Fields>
{
    protected override StoredPlacements FromFields(Fields fields) => new() { Placements = fields.Placements ?? [] };

    protected override Fields ToFields(StoredPlacements value) => new() { Placements = value.Placements };

    /// <summary>The stored shape, under the member name it has always had.</summary>
    internal sealed class Fields : StoredFields
    {
        public Dictionary<string, GridPlacement>? Placements { get; set; }
    }
}
