using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// Running totals per statement, kept alongside the ballots so a snapshot costs O(statements), not
/// O(participants), however many votes arrive.
/// </summary>
internal sealed class Tally
{
    private readonly Dictionary<string, (int Dots, int Voters)> _byStatement = [];

    public int Voters { get; private set; }

    public int DotsPlaced { get; private set; }

    public void Rebuild(IEnumerable<StoredBallot> ballots)
    {
        _byStatement.Clear();
        Voters = 0;
        DotsPlaced = 0;
        foreach (var ballot in ballots)
        {
            Add(ballot);
        }
    }

    public void Add(StoredBallot ballot) => Apply(ballot, +1);

    public void Remove(StoredBallot ballot) => Apply(ballot, -1);

    public StatementTally For(string statementId) =>
        _byStatement.TryGetValue(statementId, out var t) ? new StatementTally(statementId, t.Dots, t.Voters) : new StatementTally(statementId, 0, 0);

    private void Apply(StoredBallot ballot, int sign)
    {
        var placed = ballot.DotsPlaced;
        if (placed == 0)
        {
            return;
        }

        Voters += sign;
        DotsPlaced += sign * placed;
        foreach (var (statementId, dots) in ballot.Dots)
        {
            var current = _byStatement.GetValueOrDefault(statementId);
            _byStatement[statementId] = (current.Dots + sign * dots, current.Voters + sign);
        }
    }
}
