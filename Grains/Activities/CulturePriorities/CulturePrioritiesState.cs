using System.Text.Json.Serialization;
using AntiLeadership.Live.Grains.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// Stored as plain JSON, member names as before activities became a platform (the shared members now
/// live in <see cref="ActivityState{TEntry}"/> and <see cref="StatementVoteState{TEntry}"/> under the same names), so votes stored then still load.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class CulturePrioritiesState : StatementVoteState<StoredBallot>
{
    [Id(1)]
    public int DotsPerParticipant { get; set; }
    [Id(2)]
    public int MaxDotsPerStatement { get; set; }
    [Id(3)]
    public Dictionary<string, StoredBallot> Ballots { get; set; } = [];
    /// <summary>How many shards hold the ballots, fixed at setup; 0 (states from before) or 1: this grain holds them.</summary>
    [Id(4)]
    public int IntakeShards { get; set; }

    // The same entries as the kind's own member: stored once, under that name.
    [JsonIgnore]
    public override Dictionary<string, StoredBallot> Entries => Ballots;
}
