using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// Fours cut from a ring of people standing pair by pair: the ring is cut into groups of 3 to 5 where it
/// costs least. A group that is one pair on its own (nobody new to meet) costs most, then cutting
/// through a trio, then through a pair of two, and a group of 3 or 5 instead of 4 costs a little; so a
/// pair is split only when no grouping without it exists, and then into neighbouring groups, never
/// twice into the same one. Cutting a ring rather than a line lets two trios trade a person each
/// (the only mixed grouping of six people in two trios). An exact dynamic programme over the cut
/// points, for a few starting points: linear in the number of people.
/// </summary>
internal static class RingCut
{
    public const int Smallest = 3;
    public const int Largest = 5;
    private const int Usual = 4;

    private const int Uneven = 1;
    private const int SplitPair = 10;
    private const int SplitTrio = 100;
    private const int NobodyNew = 1000;

    /// <summary>Where on the ring cutting starts is tried at this many places: enough to reach past a trio.</summary>
    private const int Starts = Largest + 1;

    /// <summary>Groups of 3–5 cut from <paramref name="units"/> in this order; needs at least six people.</summary>
    public static List<Huddle> Cut(IReadOnlyList<Huddle> units)
    {
        var people = new List<string>();
        var unitOf = new List<int>();
        var sizes = new int[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            sizes[u] = units[u].ParticipantIds.Count;
            foreach (var id in units[u].ParticipantIds)
            {
                people.Add(id);
                unitOf.Add(u);
            }
        }

        List<int>? bestEnds = null;
        var bestStart = 0;
        var bestCost = int.MaxValue;
        for (var start = 0; start < Math.Min(Starts, people.Count); start++)
        {
            var (cost, ends) = Plan(start, unitOf, sizes);
            if (cost < bestCost)
            {
                (bestCost, bestEnds, bestStart) = (cost, ends, start);
            }
        }

        var groups = new List<Huddle>(bestEnds!.Count);
        var from = 0;
        foreach (var end in bestEnds)
        {
            var members = new List<string>(end - from);
            for (var i = from; i < end; i++)
            {
                members.Add(people[(bestStart + i) % people.Count]);
            }

            groups.Add(new Huddle(members));
            from = end;
        }

        return groups;
    }

    /// <summary>The cheapest cut of the ring read from <paramref name="start"/>: its cost and where each group ends.</summary>
    private static (int Cost, List<int> Ends) Plan(int start, List<int> unitOf, int[] sizes)
    {
        var n = unitOf.Count;
        int UnitAt(int i) => unitOf[(start + i) % n];

        // Cutting before place i (0 is where the ring closes) costs what splitting the unit there costs.
        var cutCost = new int[n];
        // changes[i]: how many times the unit changes from place 0 to place i, to count a group's pairs.
        var changes = new int[n];
        for (var i = 0; i < n; i++)
        {
            var before = UnitAt((i + n - 1) % n);
            var here = UnitAt(i);
            cutCost[i] = before != here ? 0 : sizes[here] >= 3 ? SplitTrio : SplitPair;
            changes[i] = i == 0 ? 0 : changes[i - 1] + (before != here ? 1 : 0);
        }

        var cost = new int[n + 1];
        var size = new int[n + 1];
        Array.Fill(cost, int.MaxValue);
        cost[0] = cutCost[0];
        for (var end = Smallest; end <= n; end++)
        {
            // Four first, so that of equally cheap cuts the one with more fours wins.
            foreach (var length in (ReadOnlySpan<int>)[Usual, Smallest, Largest])
            {
                var from = end - length;
                if (from < 0 || cost[from] == int.MaxValue)
                {
                    continue;
                }

                var pieces = 1 + changes[end - 1] - changes[from];
                var total = cost[from]
                    + (from > 0 ? cutCost[from] : 0)
                    + (length == Usual ? 0 : Uneven)
                    + (pieces == 1 ? NobodyNew : 0);
                if (total < cost[end])
                {
                    (cost[end], size[end]) = (total, length);
                }
            }
        }

        var ends = new List<int>();
        for (var end = n; end > 0; end -= size[end])
        {
            ends.Add(end);
        }

        ends.Reverse();
        return (cost[n], ends);
    }
}
