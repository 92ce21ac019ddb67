using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>One grain type's share of a team's storage: rows and stored payload (KB), per team.</summary>
public sealed record GrainTypeShare(
    [property: JsonPropertyName("rows_per_team")] double RowsPerTeam,
    [property: JsonPropertyName("payload_kb_per_team")] double PayloadKbPerTeam);
