using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// <c>--scenario intake</c>'s JSON line: one room's standard bursts on two nodes of one cluster, its dot
/// vote's intake spread over <see cref="IntakeShards"/> shards (1: the vote's own grain takes it all),
/// with each node's CPU over the measured bursts, and the room's votes read back after both nodes were
/// killed and a fresh node started on the same database.
/// </summary>
public sealed record IntakeResult(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("intake_shards")] int IntakeShards,
    [property: JsonPropertyName("nodes")] int Nodes,
    [property: JsonPropertyName("participants")] int Participants,
    [property: JsonPropertyName("votes")] int Votes,
    [property: JsonPropertyName("bursts")] int Bursts,
    [property: JsonPropertyName("votes_per_s")] double VotesPerS,
    [property: JsonPropertyName("ack_p50_ms")] double AckP50Ms,
    [property: JsonPropertyName("ack_p99_ms")] double AckP99Ms,
    [property: JsonPropertyName("board_converge_ms")] double BoardConvergeMs,
    // Each node's CPU (user + system) over all measured bursts, from the first ballot to the last convergence.
    [property: JsonPropertyName("node_cpu_s")] IReadOnlyList<double> NodeCpuS,
    [property: JsonPropertyName("storage_cpu_s")] double StorageCpuS,
    [property: JsonPropertyName("votes_lost")] int VotesLost,
    [property: JsonPropertyName("duplicates")] int Duplicates,
    [property: JsonPropertyName("durability_checked")] bool DurabilityChecked);
