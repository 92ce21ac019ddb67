namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// Who is in the room, in an order that depends on the seed alone. The ids are put in ordinal order
/// before the shuffle, so the same people and the same seed give the same groups however the caller
/// listed them (a dictionary's order can change after a restart, and a grain that forms groups again
/// from a stored seed must get the groups the phones already show).
/// </summary>
internal static class Headcount
{
    public static List<string> Shuffled(IEnumerable<string> ids, Random random)
    {
        var people = new List<string>(new SortedSet<string>(ids, StringComparer.Ordinal));
        Shuffle(people, random);
        return people;
    }

    /// <summary>Fisher–Yates: every order equally likely, one draw per place.</summary>
    public static void Shuffle<T>(IList<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
