using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The JSON summary the benchmark prints as its last line, summed up over the measured bursts as
/// <see cref="BurstSummary"/> says (<see cref="Votes"/> and <see cref="MessagesSent"/> are per burst). <see cref="VotesLost"/> and
/// <see cref="Duplicates"/> come from reading the votes back (<see cref="StoredVotes"/>), after a crash
/// and restart when <see cref="DurabilityChecked"/>. The server's memory and CPU are null when the
/// benchmark did not start the server and so cannot read its process. <see cref="Azurite"/> is the
/// same run's room on Azurite, for comparison with the database.
/// </summary>
public sealed record BenchResult(
    [property: JsonPropertyName("participants")] int Participants,
    [property: JsonPropertyName("votes")] int Votes,
    [property: JsonPropertyName("bursts")] int Bursts,
    [property: JsonPropertyName("votes_lost")] int? VotesLost,
    [property: JsonPropertyName("duplicates")] int? Duplicates,
    [property: JsonPropertyName("durability_checked")] bool DurabilityChecked,
    [property: JsonPropertyName("ack_p50_ms")] double AckP50Ms,
    [property: JsonPropertyName("ack_p99_ms")] double AckP99Ms,
    [property: JsonPropertyName("board_converge_ms")] double BoardConvergeMs,
    [property: JsonPropertyName("all_converge_ms")] double AllConvergeMs,
    [property: JsonPropertyName("messages_sent")] long MessagesSent,
    [property: JsonPropertyName("server_peak_rss_mb")] double? ServerPeakRssMb,
    // The server process's total CPU (user + system) from its start until the last measured burst converged.
    [property: JsonPropertyName("server_cpu_s")] double? ServerCpuS,
    // The server process's CPU from the first ballot sent to the last one acknowledged (median burst).
    [property: JsonPropertyName("burst_server_cpu_s")] double? BurstServerCpuS,
    // The storage's processes' CPU over the same span (median burst): PostgreSQL's, or Azurite's.
    [property: JsonPropertyName("burst_storage_cpu_s")] double? BurstStorageCpuS,
    [property: JsonPropertyName("votes_per_s")] double VotesPerS,
    [property: JsonPropertyName("storage")] string? Storage = null,
    [property: JsonPropertyName("ceiling_votes_per_s")] double? CeilingVotesPerS = null,
    [property: JsonPropertyName("ceiling_ack_p99_ms")] double? CeilingAckP99Ms = null,
    [property: JsonPropertyName("cold_ack_p99_ms")] double? ColdAckP99Ms = null,
    [property: JsonPropertyName("azurite")] StorageComparison? Azurite = null,
    // Messages each phone received per burst (median burst): constant however large the room.
    [property: JsonPropertyName("messages_per_phone")] double? MessagesPerPhone = null,
    [property: JsonPropertyName("activity")] string? Activity = null,
    // For a kind private until the reveal (ideas): from the facilitator's reveal to the board showing it, after the bursts.
    [property: JsonPropertyName("reveal_board_ms")] double? RevealBoardMs = null);
