namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// How an anonymous distribution never shows a group of one or two people, not even by subtraction from
/// the number who took part (which the room sees). Marking a small step "fewer than three" is not enough:
/// with the total known, one such step is the total minus the others. So neighbouring steps are put
/// together, lowest first, until each band holds no one or at least three people; a last band still short
/// of three joins the bands before it. Only when fewer than three answered at all is there one band over
/// every step, with fewer than three in it.
/// </summary>
public static class SmallGroups
{
    public const int Smallest = 3;

    /// <summary>Bands of step indexes (<c>From</c>..<c>To</c>) over <paramref name="counts"/>, each empty or of at least three people but for the one case above.</summary>
    public static IReadOnlyList<(int From, int To, int People)> Band(IReadOnlyList<int> counts)
    {
        var bands = new List<(int From, int To, int People)>();
        int? from = null;
        var gathered = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            if (from is null && counts[i] == 0)
            {
                bands.Add((i, i, 0));
                continue;
            }

            from ??= i;
            gathered += counts[i];
            if (gathered >= Smallest)
            {
                bands.Add((from.Value, i, gathered));
                from = null;
                gathered = 0;
            }
        }

        if (from is { } start)
        {
            while (gathered < Smallest && bands.Count > 0)
            {
                start = bands[^1].From;
                gathered += bands[^1].People;
                bands.RemoveAt(bands.Count - 1);
            }

            bands.Add((start, counts.Count - 1, gathered));
        }

        return bands;
    }
}
