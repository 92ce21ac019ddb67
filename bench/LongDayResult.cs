using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The JSON line of <see cref="LongDay"/>. Each <c>_first</c> and <c>_last</c> is the mean of the node's
/// samples in the first and the last ten minutes (thirds of a shorter run); each <c>_trend</c> is last ÷ first,
/// so 1 means no drift. <see cref="ErrorLines"/> counts entries the node logged at Error or Critical level
/// from its start (the warm-up included) until the crash that precedes the read-back.
/// </summary>
public sealed record LongDayResult(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("minutes")] int Minutes,
    [property: JsonPropertyName("rooms_at_once")] int RoomsAtOnce,
    [property: JsonPropertyName("room_size")] int RoomSize,
    [property: JsonPropertyName("bursts_per_room")] int BurstsPerRoom,
    [property: JsonPropertyName("rooms_closed")] int RoomsClosed,
    [property: JsonPropertyName("votes_lost")] int VotesLost,
    [property: JsonPropertyName("duplicates")] int Duplicates,
    [property: JsonPropertyName("durability_checked")] bool DurabilityChecked,
    [property: JsonPropertyName("pooled")] DayFigures Pooled,
    [property: JsonPropertyName("samples")] int Samples,
    [property: JsonPropertyName("compared_minutes")] double ComparedMinutes,
    [property: JsonPropertyName("rss_first_mb")] double RssFirstMb,
    [property: JsonPropertyName("rss_last_mb")] double RssLastMb,
    [property: JsonPropertyName("rss_trend")] double RssTrend,
    [property: JsonPropertyName("threads_first")] double ThreadsFirst,
    [property: JsonPropertyName("threads_last")] double ThreadsLast,
    [property: JsonPropertyName("threads_trend")] double ThreadsTrend,
    [property: JsonPropertyName("connections_first")] double ConnectionsFirst,
    [property: JsonPropertyName("connections_last")] double ConnectionsLast,
    [property: JsonPropertyName("connections_trend")] double ConnectionsTrend,
    [property: JsonPropertyName("error_lines")] int ErrorLines);
