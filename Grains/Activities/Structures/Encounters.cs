using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// Who has already met whom in this session: every two people who were in the same small group
/// (a networking round's pair, a 1-2-4-All pair or four), as unordered pairs. Immutable: a round is
/// added by <see cref="With"/>, which returns a new set, so a grain's stored rounds are the truth.
/// </summary>
public sealed class Encounters
{
    private readonly HashSet<(string, string)> met;

    private Encounters(HashSet<(string, string)> met) => this.met = met;

    public static Encounters None { get; } = new([]);

    /// <summary>How many different pairs of people have met.</summary>
    public int Count => met.Count;

    /// <summary>Everyone who shared one of <paramref name="groups"/> has met everyone else in it. Pass small groups, not the whole room.</summary>
    public static Encounters Of(IEnumerable<Huddle> groups) => None.With(groups);

    public Encounters With(IEnumerable<Huddle> groups)
    {
        var more = new HashSet<(string, string)>(met);
        foreach (var group in groups)
        {
            var ids = group.ParticipantIds;
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    if (!string.Equals(ids[i], ids[j], StringComparison.Ordinal))
                    {
                        more.Add(Key(ids[i], ids[j]));
                    }
                }
            }
        }

        return new Encounters(more);
    }

    public bool Met(string one, string other) => met.Contains(Key(one, other));

    private static (string, string) Key(string one, string other) =>
        string.CompareOrdinal(one, other) <= 0 ? (one, other) : (other, one);
}
