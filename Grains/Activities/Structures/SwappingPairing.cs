namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// Pairs for a large room: a randomised greedy pairing (each person, in a random order, takes a random
/// partner they have not met, found by a few random probes and then a scan), then swaps of two people
/// between groups while a swap lowers the repeats. Started again from another random order until a
/// round without repeats is found or the attempts run out. Linear in the room when few have met, which
/// is the case in a large room: each round a person meets one or two people out of hundreds.
/// </summary>
internal static class SwappingPairing
{
    private const int Attempts = 20;
    private const int Probes = 16;

    public static List<int[]> Best(int people, Func<int, int, bool> met, Random random)
    {
        List<int[]> best = [];
        var bestRepeats = int.MaxValue;
        for (var attempt = 0; attempt < Attempts && bestRepeats > 0; attempt++)
        {
            var groups = Greedy(people, met, random);
            var repeats = Improve(groups, met, random);
            if (repeats < bestRepeats)
            {
                (best, bestRepeats) = (groups, repeats);
            }
        }

        return best;
    }

    private static List<int[]> Greedy(int people, Func<int, int, bool> met, Random random)
    {
        var pool = new List<int>(people);
        for (var i = 0; i < people; i++)
        {
            pool.Add(i);
        }

        Headcount.Shuffle(pool, random);
        var groups = new List<int[]>(people / 2);
        while (pool.Count >= 2)
        {
            var one = Take(pool, pool.Count - 1);
            var other = Take(pool, Partner(one, pool, met, random));
            groups.Add([one, other]);
        }

        if (pool.Count == 1)
        {
            // The odd one out makes a trio with the pair where they meet the fewest again.
            var odd = pool[0];
            var at = 0;
            var fewest = int.MaxValue;
            for (var g = 0; g < groups.Count && fewest > 0; g++)
            {
                var again = (met(odd, groups[g][0]) ? 1 : 0) + (met(odd, groups[g][1]) ? 1 : 0);
                if (again < fewest)
                {
                    (at, fewest) = (g, again);
                }
            }

            groups[at] = [groups[at][0], groups[at][1], odd];
        }

        return groups;
    }

    private static int Partner(int one, List<int> pool, Func<int, int, bool> met, Random random)
    {
        for (var probe = 0; probe < Probes; probe++)
        {
            var at = random.Next(pool.Count);
            if (!met(one, pool[at]))
            {
                return at;
            }
        }

        for (var at = 0; at < pool.Count; at++)
        {
            if (!met(one, pool[at]))
            {
                return at;
            }
        }

        return random.Next(pool.Count);
    }

    /// <summary>Removes the person at <paramref name="at"/> by moving the last one there: order does not matter in the pool.</summary>
    private static int Take(List<int> pool, int at)
    {
        var person = pool[at];
        pool[at] = pool[^1];
        pool.RemoveAt(pool.Count - 1);
        return person;
    }

    /// <summary>
    /// Swaps a person meeting someone again with a person in another group whenever that lowers the
    /// repeats of the two groups; stops when no such swap is left. Returns the repeats that remain.
    /// Each swap lowers the total, so this ends.
    /// </summary>
    private static int Improve(List<int[]> groups, Func<int, int, bool> met, Random random)
    {
        var total = 0;
        foreach (var group in groups)
        {
            total += ImpromptuNetworking.Repeats(group, met);
        }

        var swapped = true;
        while (swapped && total > 0)
        {
            swapped = false;
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                for (var x = 0; x < group.Length; x++)
                {
                    if (!MeetsAgain(group, x, met))
                    {
                        continue;
                    }

                    var start = random.Next(groups.Count);
                    for (var k = 0; k < groups.Count; k++)
                    {
                        var h = (start + k) % groups.Count;
                        if (h != g && TrySwap(group, x, groups[h], met, ref total))
                        {
                            swapped = true;
                            break;
                        }
                    }
                }
            }
        }

        return total;
    }

    private static bool MeetsAgain(int[] group, int x, Func<int, int, bool> met)
    {
        for (var i = 0; i < group.Length; i++)
        {
            if (i != x && met(group[x], group[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TrySwap(int[] group, int x, int[] other, Func<int, int, bool> met, ref int total)
    {
        var before = ImpromptuNetworking.Repeats(group, met) + ImpromptuNetworking.Repeats(other, met);
        for (var y = 0; y < other.Length; y++)
        {
            (group[x], other[y]) = (other[y], group[x]);
            var after = ImpromptuNetworking.Repeats(group, met) + ImpromptuNetworking.Repeats(other, met);
            if (after < before)
            {
                total += after - before;
                return true;
            }

            (group[x], other[y]) = (other[y], group[x]);
        }

        return false;
    }
}
