using System.Text.Json.Serialization;
using AntiLeadership.Live.Grains.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>
/// Stored as plain JSON (see <see cref="ActivityState{TEntry}"/>). The budget is stored with the vote,
/// so a vote keeps the budget its points were given under.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class PointsState : StatementVoteState<StoredAllocation>
{
    [Id(0)]
    public int Budget { get; set; }
    [Id(1)]
    public int Step { get; set; }
    [Id(2)]
    public Dictionary<string, StoredAllocation> Allocations { get; set; } = [];

    // The same dictionary as Allocations: stored once, under that name.
    [JsonIgnore]
    public override Dictionary<string, StoredAllocation> Entries => Allocations;
}
