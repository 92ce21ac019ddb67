using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// What <c>--scenario failover</c> prints. Times are ms after the SIGKILL; <see cref="RoomStallMaxMs"/> is
/// the longest time any room went without an acknowledged vote across the kill; <see cref="BackMaxMs"/>
/// the last phone of the dead node to show the room again on the live node.
/// </summary>
public sealed record FailoverResult(
    [property: JsonPropertyName("rooms")] int Rooms,
    [property: JsonPropertyName("room_size")] int RoomSize,
    [property: JsonPropertyName("busy_s")] int BusySeconds,
    // Both nodes' CPU over the busy phase, as a share of the machine's cores.
    [property: JsonPropertyName("busy_cpu_percent")] double BusyCpuPercent,
    // Nodes that died during the busy phase: a live node declared dead stops itself.
    [property: JsonPropertyName("false_alarms")] int FalseAlarms,
    [property: JsonPropertyName("votes")] int Votes,
    [property: JsonPropertyName("failed_calls")] int FailedCalls,
    [property: JsonPropertyName("phones_of_dead_node")] int PhonesOfDeadNode,
    [property: JsonPropertyName("phones_not_back")] int PhonesNotBack,
    [property: JsonPropertyName("back_p50_ms")] double BackP50Ms,
    [property: JsonPropertyName("back_p99_ms")] double BackP99Ms,
    [property: JsonPropertyName("back_max_ms")] double BackMaxMs,
    [property: JsonPropertyName("room_stall_p50_ms")] double RoomStallP50Ms,
    [property: JsonPropertyName("room_stall_max_ms")] double RoomStallMaxMs,
    // What the survivor logged from the kill to the end of voting: Error/Critical lines, and all of it in KiB.
    [property: JsonPropertyName("survivor_error_lines")] long SurvivorErrorLines,
    [property: JsonPropertyName("survivor_log_kb")] double SurvivorLogKb,
    [property: JsonPropertyName("votes_lost")] int VotesLost,
    [property: JsonPropertyName("duplicates")] int Duplicates);
