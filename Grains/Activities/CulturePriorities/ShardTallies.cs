using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// The newest partial tally of each of a dot vote's intake shards, and their sum. A report replaces the
/// shard's last one only when its version is higher, so repeated, late or reordered reports can neither
/// count a ballot twice nor bring back an older count.
/// </summary>
internal sealed class ShardTallies
{
    private readonly Dictionary<int, DotShardTally> _byShard = [];

    /// <summary>The people who have voted, over every shard.</summary>
    public int Voters => _byShard.Values.Sum(t => t.Contributors);

    /// <summary>The shards' versions added up: grows with every change any shard stores, across restarts.</summary>
    public long Versions => _byShard.Values.Sum(t => t.Version);

    public int DotsPlaced => _byShard.Values.Sum(t => t.VotersByDots.Values.Sum(DotsOf));

    /// <summary>Keeps <paramref name="tally"/> if it is newer than what its shard reported before; answers whether it was.</summary>
    public bool Take(DotShardTally tally)
    {
        if (_byShard.TryGetValue(tally.Shard, out var known) && known.Version >= tally.Version)
        {
            return false;
        }

        _byShard[tally.Shard] = tally;
        return true;
    }

    public StatementTally For(string statementId)
    {
        int dots = 0, voters = 0;
        foreach (var counts in CountsOf(statementId))
        {
            dots += DotsOf(counts);
            voters += counts.Sum();
        }

        return new StatementTally(statementId, dots, voters);
    }

    /// <summary>How many voters, over every shard, gave the statement each number of dots (index = dots; index 0 = none).</summary>
    public int[] VotersByDots(string statementId, int maxDots)
    {
        var merged = new int[maxDots + 1];
        foreach (var counts in CountsOf(statementId))
        {
            for (var dots = 1; dots < counts.Length && dots <= maxDots; dots++)
            {
                merged[dots] += counts[dots];
            }
        }

        merged[0] = Voters - merged.Sum();
        return merged;
    }

    private IEnumerable<int[]> CountsOf(string statementId) =>
        _byShard.Values.Select(t => t.VotersByDots.GetValueOrDefault(statementId)).OfType<int[]>();

    private static int DotsOf(int[] counts) => counts.Select((voters, dots) => voters * dots).Sum();
}
