using AntiLeadership.Live.Activities.Points;
using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>
/// The same ranking the board shows (points/ranking.js): most points first, ties in the facilitator's
/// order and sharing a rank (1, 2, 2, 4).
/// </summary>
internal static class PointsRanking
{
    public static IReadOnlyList<(int Rank, Statement Statement, StatementPoints Total)> Of(IReadOnlyList<Statement> statements, IReadOnlyList<StatementPoints>? totals)
    {
        var byId = (totals ?? []).ToDictionary(t => t.StatementId);
        var rows = statements
            .Select(s => (Statement: s, Total: byId.GetValueOrDefault(s.StatementId) ?? new StatementPoints(s.StatementId, 0, 0)))
            .OrderByDescending(row => row.Total.Points) // a stable sort: ties keep the facilitator's order
            .ToArray();

        var ranked = new List<(int Rank, Statement Statement, StatementPoints Total)>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var rank = i > 0 && rows[i].Total.Points == rows[i - 1].Total.Points ? ranked[i - 1].Rank : i + 1;
            ranked.Add((rank, rows[i].Statement, rows[i].Total));
        }

        return ranked;
    }
}
