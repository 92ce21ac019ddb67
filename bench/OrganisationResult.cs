using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The JSON line of <see cref="OrganisationDay"/>. <see cref="Pooled"/> and <see cref="Kinds"/> are as
/// <see cref="DayFigures"/> says; CPU per vote is the node's (and the database's) CPU over the whole
/// day divided by every input acknowledged in it. Resident memory is read from /proc: before the day
/// (warm, nothing open), right after it (everyone still connected), after the rooms sat quiet for the
/// idle time (still connected), and after everyone left and the node sat idle for that time again.
/// </summary>
public sealed record OrganisationResult(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("rooms")] int Rooms,
    [property: JsonPropertyName("room_size")] int RoomSize,
    [property: JsonPropertyName("bursts_per_room")] int BurstsPerRoom,
    [property: JsonPropertyName("window_s")] int WindowS,
    [property: JsonPropertyName("idle_s")] int IdleS,
    [property: JsonPropertyName("votes_lost")] int VotesLost,
    [property: JsonPropertyName("duplicates")] int Duplicates,
    [property: JsonPropertyName("durability_checked")] bool DurabilityChecked,
    [property: JsonPropertyName("pooled")] DayFigures Pooled,
    [property: JsonPropertyName("kinds")] IReadOnlyDictionary<string, DayFigures> Kinds,
    [property: JsonPropertyName("day_s")] double DayS,
    // Every input acknowledged over the day, divided by the day's length (first room's first burst to the last convergence).
    [property: JsonPropertyName("day_votes_per_s")] double DayVotesPerS,
    [property: JsonPropertyName("server_cpu_per_vote_ms")] double ServerCpuPerVoteMs,
    [property: JsonPropertyName("storage_cpu_per_vote_ms")] double StorageCpuPerVoteMs,
    [property: JsonPropertyName("server_peak_rss_mb")] double ServerPeakRssMb,
    // (peak − before the day) / participants connected at once.
    [property: JsonPropertyName("rss_per_participant_kb")] double RssPerParticipantKb,
    [property: JsonPropertyName("rss_before_mb")] double RssBeforeMb,
    [property: JsonPropertyName("rss_after_day_mb")] double RssAfterDayMb,
    [property: JsonPropertyName("rss_quiet_mb")] double RssQuietMb,
    [property: JsonPropertyName("rss_idle_mb")] double RssIdleMb,
    // Grain activations on the node (its Orleans meter) at the same moments: whether idle grains were collected.
    [property: JsonPropertyName("activations_before")] long? ActivationsBefore,
    [property: JsonPropertyName("activations_after_day")] long? ActivationsAfterDay,
    [property: JsonPropertyName("activations_quiet")] long? ActivationsQuiet,
    [property: JsonPropertyName("activations_idle")] long? ActivationsIdle,
    [property: JsonPropertyName("passed")] bool Passed);
