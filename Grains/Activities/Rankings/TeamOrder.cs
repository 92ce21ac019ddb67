using AntiLeadership.Live.Activities.Rankings;
using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Rankings;

/// <summary>
/// The team's order: most points first, ties sharing a rank (1, 2, 2, 4) and listed in the
/// facilitator's order. In an anonymous ranking a statement only one or two people have ranked (one a
/// proposal added late, say) shows no points, place or rank, and comes last: its numbers would be theirs.
/// </summary>
internal static class TeamOrder
{
    public static IReadOnlyList<StatementScore> Of(IReadOnlyList<Statement> statements, RankingTally tally, bool anonymous)
    {
        var n = statements.Count;
        var shown = new List<(string Id, int People, int Points, double? Average)>(n);
        var withheld = new List<StatementScore>();
        foreach (var statement in statements)
        {
            var (people, places) = tally.For(statement);
            if (anonymous && people is > 0 and < SmallGroups.Smallest)
            {
                withheld.Add(new StatementScore(statement.StatementId, null, null, null, null, FewerThanThree: true));
                continue;
            }

            double? average = people > 0 ? Math.Round((double)places / people, 2) : null;
            shown.Add((statement.StatementId, people, (int)(people * (long)n - places), average));
        }

        // A stable sort keeps the facilitator's order among equal points.
        var ranked = shown.OrderByDescending(s => s.Points).ToArray();
        var scores = new List<StatementScore>(n);
        for (var i = 0; i < ranked.Length; i++)
        {
            var rank = i > 0 && ranked[i].Points == ranked[i - 1].Points ? scores[i - 1].Rank : i + 1;
            scores.Add(new StatementScore(ranked[i].Id, rank, ranked[i].Points, ranked[i].Average, ranked[i].People));
        }

        scores.AddRange(withheld);
        return scores;
    }
}
