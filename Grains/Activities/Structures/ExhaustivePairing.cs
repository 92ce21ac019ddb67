using System.Numerics;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// The pairing with the fewest repeats for a small room, found by trying every pairing (one trio when
/// odd) and abandoning any as soon as it has as many repeats as the best so far. People are numbered in
/// the shuffled order, so which of several equally good pairings comes out depends on the seed.
/// </summary>
internal sealed class ExhaustivePairing
{
    private readonly bool[,] met;
    private readonly List<int[]> current = [];
    private List<int[]> best = [];
    private int bestRepeats = int.MaxValue;

    private ExhaustivePairing(bool[,] met) => this.met = met;

    public static List<int[]> Best(int people, Func<int, int, bool> met)
    {
        var matrix = new bool[people, people];
        for (var i = 0; i < people; i++)
        {
            for (var j = i + 1; j < people; j++)
            {
                matrix[i, j] = matrix[j, i] = met(i, j);
            }
        }

        var search = new ExhaustivePairing(matrix);
        search.Search((1 << people) - 1, people, 0);
        return search.best;
    }

    private int Cost(int one, int other) => met[one, other] ? 1 : 0;

    /// <summary>
    /// Pairs up the people whose bits are set in <paramref name="left"/>. With an odd number left the
    /// trio is still to come, so the first person left may take two partners; with three left they must.
    /// </summary>
    private void Search(int left, int count, int repeats)
    {
        if (repeats >= bestRepeats)
        {
            return;
        }

        if (left == 0)
        {
            (bestRepeats, best) = (repeats, [.. current]);
            return;
        }

        var first = BitOperations.TrailingZeroCount(left);
        var others = left & ~(1 << first);
        for (var second = first + 1; others >> second != 0 && bestRepeats > 0; second++)
        {
            if ((others & (1 << second)) == 0)
            {
                continue;
            }

            var rest = others & ~(1 << second);
            var pair = repeats + Cost(first, second);
            if (count % 2 == 0 || count >= 5)
            {
                current.Add([first, second]);
                Search(rest, count - 2, pair);
                current.RemoveAt(current.Count - 1);
            }

            if (count % 2 == 1)
            {
                for (var third = second + 1; rest >> third != 0; third++)
                {
                    if ((rest & (1 << third)) != 0)
                    {
                        current.Add([first, second, third]);
                        Search(rest & ~(1 << third), count - 3, pair + Cost(first, third) + Cost(second, third));
                        current.RemoveAt(current.Count - 1);
                    }
                }
            }
        }
    }
}
