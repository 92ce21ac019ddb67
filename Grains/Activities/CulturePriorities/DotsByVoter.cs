using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// A shard's running count, per statement, of how many voters gave it 1, 2, … dots, kept alongside the
/// ballots so a report costs O(statements × dots), however many ballots the shard holds.
/// </summary>
internal sealed class DotsByVoter
{
    private readonly Dictionary<string, int[]> _byStatement = [];

    public int Voters { get; private set; }

    public void Rebuild(IEnumerable<StoredBallot> ballots)
    {
        _byStatement.Clear();
        Voters = 0;
        foreach (var ballot in ballots)
        {
            Add(ballot);
        }
    }

    public void Add(StoredBallot ballot) => Apply(ballot, +1);

    public void Remove(StoredBallot ballot) => Apply(ballot, -1);

    public DotShardTally Tally(int shard, long version) =>
        new(shard, version, Voters, _byStatement.ToDictionary(s => s.Key, s => s.Value.ToArray()));

    private void Apply(StoredBallot ballot, int sign)
    {
        if (ballot.DotsPlaced == 0)
        {
            return;
        }

        Voters += sign;
        foreach (var (statementId, dots) in ballot.Dots)
        {
            if (!_byStatement.TryGetValue(statementId, out var counts) || counts.Length <= dots)
            {
                var grown = new int[Math.Max(dots + 1, CulturePrioritiesRules.MaxDotsPerParticipant + 1)];
                counts?.CopyTo(grown, 0);
                _byStatement[statementId] = counts = grown;
            }

            counts[dots] += sign;
        }
    }
}
