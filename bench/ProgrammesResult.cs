using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The JSON line of <see cref="ProgrammesYear"/>. Sizes are PostgreSQL's: the whole database (with the
/// dead row versions a year of updates leaves until autovacuum reuses them), the grain table with its
/// index, and the payloads alone; per team, each divided by the teams. A cold open is a team home opened
/// on a node just restarted, so every grain it reads is activated from storage: "shown" when the page can
/// show the team, "live" once its retention panel and live plan are there too (<see cref="TeamHomeOpen"/>).
/// </summary>
public sealed record ProgrammesResult(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("teams")] int Teams,
    [property: JsonPropertyName("sessions_per_team")] int SessionsPerTeam,
    [property: JsonPropertyName("sessions")] int Sessions,
    [property: JsonPropertyName("activities")] int Activities,
    [property: JsonPropertyName("generation_s")] double GenerationS,
    [property: JsonPropertyName("teams_per_s")] double TeamsPerS,
    [property: JsonPropertyName("db_mb")] double DbMb,
    [property: JsonPropertyName("grain_table_mb")] double GrainTableMb,
    [property: JsonPropertyName("kb_per_team")] double KbPerTeam,
    [property: JsonPropertyName("grain_table_kb_per_team")] double GrainTableKbPerTeam,
    [property: JsonPropertyName("payload_kb_per_team")] double PayloadKbPerTeam,
    // Grain type → rows and payload KB per team.
    [property: JsonPropertyName("by_grain_type")] IReadOnlyDictionary<string, GrainTypeShare> ByGrainType,
    [property: JsonPropertyName("cold_opens")] int ColdOpens,
    // The very first open on the fresh process, while it still compiles its code paths: not one of the measured opens.
    [property: JsonPropertyName("first_open_ms")] double FirstOpenMs,
    [property: JsonPropertyName("cold_open_p50_ms")] double ColdOpenP50Ms,
    [property: JsonPropertyName("cold_open_p99_ms")] double ColdOpenP99Ms,
    [property: JsonPropertyName("cold_open_max_ms")] double ColdOpenMaxMs,
    [property: JsonPropertyName("cold_live_p50_ms")] double ColdLiveP50Ms,
    [property: JsonPropertyName("cold_live_p99_ms")] double ColdLiveP99Ms,
    [property: JsonPropertyName("cold_live_max_ms")] double ColdLiveMaxMs,
    // What the opened homes showed, on average: a check that the year is there to read.
    [property: JsonPropertyName("home_sessions")] double HomeSessions,
    [property: JsonPropertyName("home_commitments")] double HomeCommitments,
    [property: JsonPropertyName("home_repeated_series")] double HomeRepeatedSeries,
    [property: JsonPropertyName("deleted_teams")] int DeletedTeams,
    [property: JsonPropertyName("delete_team_ms")] double DeleteTeamMs,
    [property: JsonPropertyName("delete_team_max_ms")] double DeleteTeamMaxMs,
    [property: JsonPropertyName("delete_rows_before")] long DeleteRowsBefore,
    [property: JsonPropertyName("delete_rows_left")] long DeleteRowsLeft,
    [property: JsonPropertyName("retention_due")] int RetentionDue,
    [property: JsonPropertyName("retention_ms")] double? RetentionMs,
    [property: JsonPropertyName("retention_removed")] int? RetentionRemoved,
    [property: JsonPropertyName("retention_rows_left")] long? RetentionRowsLeft,
    // Rows of the teams opened (a year's retention, not due) before and after the sweeps: equal, or the sweep took too much.
    [property: JsonPropertyName("retention_kept_rows")] long? RetentionKeptRows,
    [property: JsonPropertyName("retention_kept_rows_after")] long? RetentionKeptRowsAfter,
    [property: JsonPropertyName("node_error_lines")] int NodeErrorLines,
    [property: JsonPropertyName("passed")] bool Passed);
