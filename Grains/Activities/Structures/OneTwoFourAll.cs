using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// The groups of 1-2-4-All: pairs from the people present, then fours made of those pairs. Pure
/// functions of the people and a seeded <see cref="Random"/>, so a grain forms the same groups again from
/// a stored seed and tests know what to expect.
/// </summary>
public static class OneTwoFourAll
{
    /// <summary>
    /// Pairs of everyone in <paramref name="present"/>, in a random order. An odd room has one trio, never
    /// someone alone; only a person alone in the room is a group of one.
    /// </summary>
    public static IReadOnlyList<Huddle> Pairs(IEnumerable<string> present, Random random) =>
        PairUp(Headcount.Shuffled(present, random));

    /// <summary>
    /// Fours made of <paramref name="pairs"/> as they stand for who is <paramref name="present"/> now
    /// (<see cref="Huddles.Reform"/>: leavers drop out, anyone present in no pair joins as a newcomer).
    /// Two pairs make a four and stay together in it; groups of 3 or 5 take the remainder, never a six;
    /// everyone meets someone new unless the room is one pair. A room of five or fewer is one group.
    /// With an odd number of pairs one pair of two is split, its two people going to different groups
    /// (the trio never is): otherwise a pair would be left on its own or a group would grow to six.
    /// </summary>
    public static IReadOnlyList<Huddle> Fours(IReadOnlyList<Huddle> pairs, IEnumerable<string> present, Random random)
    {
        var units = new List<Huddle>(Huddles.Reform(pairs, present, random));
        var people = 0;
        foreach (var unit in units)
        {
            people += unit.ParticipantIds.Count;
        }

        if (units.Count <= 1 || people <= RingCut.Largest)
        {
            return people == 0 ? [] : [new Huddle(units.SelectMany(u => u.ParticipantIds).ToList())];
        }

        Headcount.Shuffle(units, random);
        return RingCut.Cut(Arrange(units));
    }

    /// <summary>Pairs in the order given, the last three a trio when the number is odd.</summary>
    internal static List<Huddle> PairUp(IReadOnlyList<string> people)
    {
        if (people.Count == 0)
        {
            return [];
        }

        if (people.Count <= 3)
        {
            return [new Huddle([.. people])];
        }

        var huddles = new List<Huddle>(people.Count / 2);
        var pairsOfTwo = people.Count / 2 - people.Count % 2;
        for (var i = 0; i < pairsOfTwo; i++)
        {
            huddles.Add(new Huddle([people[2 * i], people[2 * i + 1]]));
        }

        if (people.Count % 2 == 1)
        {
            huddles.Add(new Huddle([people[^3], people[^2], people[^1]]));
        }

        return huddles;
    }

    /// <summary>
    /// The pairs side by side in the order the ring is cut in: each trio next to a pair of two, so that
    /// trio and pair make a five without splitting anyone; when trios outnumber the pairs of two, a pair
    /// of two between two trios, so that splitting it gives both trios someone new as two fours.
    /// </summary>
    private static List<Huddle> Arrange(List<Huddle> units)
    {
        var trios = new Queue<Huddle>(units.Where(u => u.ParticipantIds.Count >= 3));
        var twos = new Queue<Huddle>(units.Where(u => u.ParticipantIds.Count < 3));
        var arranged = new List<Huddle>(units.Count);
        while (trios.Count > twos.Count && trios.Count >= 2 && twos.Count > 0)
        {
            arranged.Add(trios.Dequeue());
            arranged.Add(twos.Dequeue());
            arranged.Add(trios.Dequeue());
        }

        while (trios.Count > 0)
        {
            arranged.Add(trios.Dequeue());
            if (twos.Count > 0)
            {
                arranged.Add(twos.Dequeue());
            }
        }

        arranged.AddRange(twos);
        return arranged;
    }
}
