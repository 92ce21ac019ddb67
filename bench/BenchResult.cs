using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>The JSON summary the benchmark prints as its last line.</summary>
public sealed record BenchResult(
    [property: JsonPropertyName("participants")] int Participants,
    [property: JsonPropertyName("votes")] int Votes,
    [property: JsonPropertyName("votes_lost")] int VotesLost,
    [property: JsonPropertyName("duplicates")] int Duplicates,
    [property: JsonPropertyName("ack_p50_ms")] double AckP50Ms,
    [property: JsonPropertyName("ack_p99_ms")] double AckP99Ms,
    [property: JsonPropertyName("board_converge_ms")] double BoardConvergeMs,
    [property: JsonPropertyName("all_converge_ms")] double AllConvergeMs,
    [property: JsonPropertyName("messages_sent")] long MessagesSent,
    [property: JsonPropertyName("server_peak_rss_mb")] double ServerPeakRssMb,
    [property: JsonPropertyName("server_cpu_s")] double ServerCpuS,
    [property: JsonPropertyName("votes_per_s")] double VotesPerS,
    [property: JsonPropertyName("ceiling_votes_per_s")] double? CeilingVotesPerS,
    [property: JsonPropertyName("ceiling_ack_p99_ms")] double? CeilingAckP99Ms = null,
    [property: JsonPropertyName("cold_ack_p99_ms")] double? ColdAckP99Ms = null);
