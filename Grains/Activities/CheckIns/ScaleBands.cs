using AntiLeadership.Live.Activities.CheckIns;

namespace AntiLeadership.Live.Grains.Activities.CheckIns;

/// <summary>
/// How a 1–5 scale is shown. Named: one band per value, exact. Anonymous: neighbouring values put
/// together as <see cref="SmallGroups"/> says ("1–2: 4 people", "3: 5 people"), so no group of one or two
/// is ever shown, not even by subtraction.
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

        return SmallGroups.Band(byValue)
            .Select(b => (From: lowest + b.From, To: lowest + b.To, b.People))
            .Select(b => b.People is > 0 and < SmallGroups.Smallest ? new ScaleBand(b.From, b.To, null, FewerThanThree: true) : new ScaleBand(b.From, b.To, b.People))
            .ToArray();
    }
}
