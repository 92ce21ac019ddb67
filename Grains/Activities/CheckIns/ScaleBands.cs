using AntiLeadership.Live.Activities.CheckIns;

namespace AntiLeadership.Live.Grains.Activities.CheckIns;

/// <summary>
/// How a 1–5 scale is shown. Named: one band per value, exact. Anonymous: no group of one or two people
/// is ever shown, not even by subtraction from the number who took part (which the room sees). Marking a
/// small value "fewer than three" is not enough: with the total known, one such value is the total minus
/// the others. So neighbouring values are put together, lowest first, until each band holds no one or
/// at least three people ("1–2: 4 people", "3: 5 people"); a last band still short of three joins the
/// bands before it. Only when fewer than three have answered at all is there one band, 1–5, marked
/// fewer than three.
/// </summary>
internal static class ScaleBands
{
    public static IReadOnlyList<ScaleBand> Of(IReadOnlyList<int> byValue, bool anonymous)
    {
        var lowest = CheckInRules.LowestScale;
        if (!anonymous)
        {
            return byValue.Select((people, i) => new ScaleBand(lowest + i, lowest + i, people)).ToArray();
        }

        var bands = new List<(int From, int To, int People)>();
        int? from = null;
        var gathered = 0;
        for (var i = 0; i < byValue.Count; i++)
        {
            var value = lowest + i;
            if (from is null && byValue[i] == 0)
            {
                bands.Add((value, value, 0));
                continue;
            }

            from ??= value;
            gathered += byValue[i];
            if (gathered >= 3)
            {
                bands.Add((from.Value, value, gathered));
                from = null;
                gathered = 0;
            }
        }

        if (from is { } start)
        {
            while (gathered < 3 && bands.Count > 0)
            {
                start = bands[^1].From;
                gathered += bands[^1].People;
                bands.RemoveAt(bands.Count - 1);
            }

            bands.Add((start, lowest + byValue.Count - 1, gathered));
        }

        return bands
            .Select(b => b.People is > 0 and < 3 ? new ScaleBand(b.From, b.To, null, FewerThanThree: true) : new ScaleBand(b.From, b.To, b.People))
            .ToArray();
    }
}
