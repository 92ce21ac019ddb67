using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// The same ranking the board shows (ranking.js): most dots first, ties in the facilitator's order and
/// sharing a rank (1, 2, 2, 4).
/// </summary>
internal static class Ranking
{
    public static IReadOnlyList<RankedStatement> Of(IReadOnlyList<Statement> statements, IReadOnlyList<StatementTally>? tally)
    {
        var counts = (tally ?? []).ToDictionary(t => t.StatementId);
        var rows = statements
            .Select((statement, order) => (statement.Text, Tally: counts.GetValueOrDefault(statement.StatementId), Order: order))
            .OrderByDescending(row => row.Tally?.Dots ?? 0)
            .ThenBy(row => row.Order)
            .ToList();

        var ranked = new List<RankedStatement>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var dots = rows[i].Tally?.Dots ?? 0;
            var rank = i > 0 && dots == ranked[i - 1].Dots ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedStatement(rank, rows[i].Text, dots, rows[i].Tally is { } t ? t.Voters : 0));
        }

        return ranked;
    }
}
