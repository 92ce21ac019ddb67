using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Rankings;

/// <summary>
/// Running sums per statement (how many ranked it, the sum of their places), kept alongside the orders
/// so that a snapshot costs O(statements), however many orders arrive. Points follow from these and the
/// number of statements now on the ballot, so a statement added by a proposal needs no recount.
/// </summary>
internal sealed class RankingTally
{
    private readonly Dictionary<string, (int People, long Places)> _byStatement = [];

    public void Rebuild(IEnumerable<StoredRanking> rankings)
    {
        _byStatement.Clear();
        foreach (var ranking in rankings)
        {
            Add(ranking);
        }
    }

    public void Add(StoredRanking ranking) => Apply(ranking, +1);

    public void Remove(StoredRanking ranking) => Apply(ranking, -1);

    /// <summary>How many people ranked the statement and the sum of the places they gave it.</summary>
    public (int People, long Places) For(Statement statement) => _byStatement.GetValueOrDefault(statement.StatementId);

    private void Apply(StoredRanking ranking, int sign)
    {
        for (var i = 0; i < ranking.Order.Count; i++)
        {
            var current = _byStatement.GetValueOrDefault(ranking.Order[i]);
            _byStatement[ranking.Order[i]] = (current.People + sign, current.Places + sign * (i + 1));
        }
    }
}
