using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// The rounds of Impromptu Networking: everyone present in pairs (one trio when the room is odd) with
/// people they have not met in this session. When that is impossible (a small room after a few rounds)
/// the round with the fewest people meeting again is chosen, and the count is returned so the
/// facilitator can say so instead of pretending.
/// </summary>
public static class ImpromptuNetworking
{
    /// <summary>
    /// Up to this many people every possible pairing is searched (at most 17,325, for eleven) and the
    /// round is the best there is; above, repeats are rare and a randomised search removes them.
    /// </summary>
    public const int SearchedExhaustivelyUpTo = 12;

    public static NetworkingRound NextRound(IEnumerable<string> present, Encounters met, Random random)
    {
        var people = Headcount.Shuffled(present, random);
        bool Met(int one, int other) => met.Met(people[one], people[other]);

        var groups = people.Count switch
        {
            0 => [],
            <= 3 => [Enumerable.Range(0, people.Count).ToArray()],
            <= SearchedExhaustivelyUpTo => ExhaustivePairing.Best(people.Count, Met),
            _ => SwappingPairing.Best(people.Count, Met, random),
        };

        var huddles = new List<Huddle>(groups.Count);
        var repeats = 0;
        foreach (var group in groups)
        {
            huddles.Add(new Huddle(Array.ConvertAll(group, i => people[i])));
            repeats += Repeats(group, Met);
        }

        return new NetworkingRound(huddles, repeats);
    }

    /// <summary>How many two people in <paramref name="group"/> have met before.</summary>
    internal static int Repeats(int[] group, Func<int, int, bool> met)
    {
        var repeats = 0;
        for (var i = 0; i < group.Length; i++)
        {
            for (var j = i + 1; j < group.Length; j++)
            {
                repeats += met(group[i], group[j]) ? 1 : 0;
            }
        }

        return repeats;
    }
}
