using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The same bursts against the same node on another durable store (Azurite, standing in for Azure
/// Storage), measured in the same run, taking turns with the main room, and read back after a crash.
/// </summary>
public sealed record StorageComparison(
    [property: JsonPropertyName("ack_p50_ms")] double AckP50Ms,
    [property: JsonPropertyName("ack_p99_ms")] double AckP99Ms,
    [property: JsonPropertyName("votes_per_s")] double VotesPerS,
    [property: JsonPropertyName("burst_server_cpu_s")] double? BurstServerCpuS,
    [property: JsonPropertyName("burst_storage_cpu_s")] double? BurstStorageCpuS,
    [property: JsonPropertyName("votes_lost")] int? VotesLost,
    [property: JsonPropertyName("duplicates")] int? Duplicates);
