using System.Text.Json.Serialization;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.Comparisons;

/// <summary>
/// A comparison card as stored (plain JSON, see <see cref="ActivityState{TEntry}"/>): the series group it
/// shows, the team it belongs to, and the points as last taken from the team's results, so the card
/// reads the same after a restart without asking. No participants' entries: nobody can send it anything.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class ComparisonState : ActivityState<StoredComparison>
{
    [Id(0)]
    public string GroupId { get; set; } = "";
    [Id(1)]
    public string? TeamId { get; set; }
    [Id(2)]
    public ResultGroup? Group { get; set; }

    [NonSerialized]
    private readonly Dictionary<string, StoredComparison> _entries = [];

    [JsonIgnore]
    public override Dictionary<string, StoredComparison> Entries => _entries;
}
