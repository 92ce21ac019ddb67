using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// Groups already formed, kept up with the room while they talk: newcomers are added without moving
/// anybody (people mid-conversation are never sent elsewhere), and leavers drop out.
/// </summary>
public static class Huddles
{
    /// <summary>
    /// <paramref name="groups"/> with <paramref name="newcomers"/> added; everyone already in a group stays
    /// where they are (a newcomer already in one is ignored). One newcomer joins the smallest group (the
    /// first of them on a tie): a pair becomes a trio, a four a five. Two or more arriving together pair
    /// up among themselves, three of them a trio, as at the start: they missed the same minutes and start
    /// level, and nobody has to break into a conversation halfway. Their groups come after the others.
    /// </summary>
    public static IReadOnlyList<Huddle> Join(IReadOnlyList<Huddle> groups, IEnumerable<string> newcomers, Random random)
    {
        var grouped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            grouped.UnionWith(group.ParticipantIds);
        }

        var fresh = Headcount.Shuffled(newcomers.Where(id => !grouped.Contains(id)), random);
        var joined = new List<Huddle>(groups);
        if (fresh.Count == 1 && joined.Count > 0)
        {
            var smallest = 0;
            for (var i = 1; i < joined.Count; i++)
            {
                if (joined[i].ParticipantIds.Count < joined[smallest].ParticipantIds.Count)
                {
                    smallest = i;
                }
            }

            joined[smallest] = new Huddle([.. joined[smallest].ParticipantIds, fresh[0]]);
            return joined;
        }

        joined.AddRange(OneTwoFourAll.PairUp(fresh));
        return joined;
    }

    /// <summary>
    /// <paramref name="groups"/> as they stand for who is <paramref name="present"/> now: whoever left
    /// drops out; a group left with one person is dissolved and that person, with anyone present who is
    /// in no group, joins as a newcomer (<see cref="Join"/>). Nobody else moves. A group of two that was
    /// a four stays: two people can still talk.
    /// </summary>
    public static IReadOnlyList<Huddle> Reform(IReadOnlyList<Huddle> groups, IEnumerable<string> present, Random random)
    {
        var here = new HashSet<string>(present, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<Huddle>(groups.Count);
        var newcomers = new List<string>();
        foreach (var group in groups)
        {
            var staying = new List<string>(group.ParticipantIds.Count);
            foreach (var id in group.ParticipantIds)
            {
                // Someone listed twice stays in the first group that lists them.
                if (here.Contains(id) && placed.Add(id))
                {
                    staying.Add(id);
                }
            }

            if (staying.Count >= 2)
            {
                kept.Add(staying.Count == group.ParticipantIds.Count ? group : new Huddle(staying));
            }
            else if (staying.Count == 1)
            {
                newcomers.Add(staying[0]);
            }
        }

        foreach (var id in here)
        {
            if (!placed.Contains(id))
            {
                newcomers.Add(id);
            }
        }

        return Join(kept, newcomers, random);
    }
}
