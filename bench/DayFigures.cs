using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// What a set of rooms on one node saw over a day: latencies pooled over all their acknowledgements,
/// the worst room's own p99 and its convergence (each room must meet the targets), and the median
/// burst's rate (inputs acknowledged per second while a room's burst lasted).
/// </summary>
public sealed record DayFigures(
    [property: JsonPropertyName("rooms")] int Rooms,
    [property: JsonPropertyName("votes")] int Votes,
    [property: JsonPropertyName("ack_p50_ms")] double AckP50Ms,
    [property: JsonPropertyName("ack_p99_ms")] double AckP99Ms,
    [property: JsonPropertyName("worst_room_ack_p99_ms")] double WorstRoomAckP99Ms,
    [property: JsonPropertyName("board_converge_ms")] long BoardConvergeMs,
    [property: JsonPropertyName("all_converge_ms")] long AllConvergeMs,
    [property: JsonPropertyName("votes_per_s")] double VotesPerS)
{
    public static DayFigures Of(IReadOnlyCollection<RoomDay> rooms)
    {
        var acks = rooms.SelectMany(r => r.AcksMs).Order().ToArray();
        return new DayFigures(
            rooms.Count,
            acks.Length,
            Math.Round(BurstSummary.Percentile(acks, 0.50), 1),
            Math.Round(BurstSummary.Percentile(acks, 0.99), 1),
            Math.Round(rooms.Max(r => r.AckP99Ms), 1),
            rooms.Max(r => r.BoardConvergeMs),
            rooms.Max(r => r.AllConvergeMs),
            Math.Round(BurstSummary.Median(rooms.SelectMany(r => r.Bursts).Select(b => b.VotesPerS)), 1));
    }

    /// <summary>The same figures for each kind of activity, by name.</summary>
    public static Dictionary<string, DayFigures> ByKind(IEnumerable<RoomDay> rooms) =>
        rooms.GroupBy(r => r.Activity).OrderBy(g => Array.IndexOf(RoomRotation.Kinds, g.Key)).ToDictionary(g => g.Key, g => Of(g.ToArray()));
}
