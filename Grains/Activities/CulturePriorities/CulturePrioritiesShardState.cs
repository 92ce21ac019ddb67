using System.Text.Json.Serialization;
using AntiLeadership.Live.Grains.Activities.Intake;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>A dot vote shard's stored state: the vote's rules as the activity told them, and its participants' ballots.</summary>
[GenerateSerializer]
public sealed class CulturePrioritiesShardState : IntakeShardState<StoredBallot>
{
    [Id(0)]
    public List<string> StatementIds { get; set; } = [];
    [Id(1)]
    public int DotsPerParticipant { get; set; }
    [Id(2)]
    public int MaxDotsPerStatement { get; set; }
    [Id(3)]
    public Dictionary<string, StoredBallot> Ballots { get; set; } = [];

    [JsonIgnore]
    public override Dictionary<string, StoredBallot> Entries => Ballots;
}
