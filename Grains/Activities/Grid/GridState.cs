using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>
/// Stored as plain JSON (see <see cref="ActivityState{TEntry}"/>): the axes, the items with their ids,
/// and each participant's placements.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class GridState : ActivityState<StoredPlacements>
{
    [Id(0)]
    public GridAxis X { get; set; } = new("", "", "");
    [Id(1)]
    public GridAxis Y { get; set; } = new("", "", "");
    [Id(2)]
    public List<GridItem> Items { get; set; } = [];
    [Id(3)]
    public Dictionary<string, StoredPlacements> Placements { get; set; } = [];

    // The same dictionary as Placements: without this System.Text.Json writes every entry twice (an
    // overriding getter is not skipped as read-only).
    [JsonIgnore]
    public override Dictionary<string, StoredPlacements> Entries => Placements;
}
