using System.Text.Json.Serialization;
using AntiLeadership.Live.Grains.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Rankings;

/// <summary>
/// Stored as plain JSON (see <see cref="ActivityState{TEntry}"/>): the statements, proposals and board
/// focus every statement vote keeps, and each participant's order.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class RankingState : StatementVoteState<StoredRanking>
{
    [Id(0)]
    public Dictionary<string, StoredRanking> Rankings { get; set; } = [];

    // The same entries as the kind's own member: stored once, under that name.
    [JsonIgnore]
    public override Dictionary<string, StoredRanking> Entries => Rankings;
}
