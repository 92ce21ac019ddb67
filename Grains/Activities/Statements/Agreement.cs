using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Statements;

/// <summary>
/// How much a team agrees about one statement, measured the same way for every way of voting. Each kind
/// turns a person's answer into a place on 0–1 (dots on the statement out of the most allowed, a rank
/// from last to first, points out of the largest share, a 1–5 agreement) and a step of its distribution.
/// An anonymous distribution puts neighbouring steps together where one would hold one or two people
/// (<see cref="SmallGroups"/>), and marks no split unless each camp has three people or more: neither may
/// point at anyone; nor does an average or spread of fewer than three answers.
/// </summary>
public static class Agreement
{
    private const double LowEnd = 1.0 / 3;
    private const double HighEnd = 2.0 / 3;

    /// <summary>
    /// The agreement of <paramref name="answers"/> (each a place on 0–1 and the index of its step in
    /// <paramref name="steps"/>). The spread is the standard deviation over its largest possible value
    /// (0.5, half the people at each end), so 0 is one voice and 1 two opposite camps. A split is at
    /// least four people, at least 30 % at each end third and at most 20 % between.
    /// </summary>
    public static StatementAgreement Measure(string statementId, IReadOnlyList<(double Place, int Step)> answers, IReadOnlyList<string> steps, bool anonymous)
    {
        var people = answers.Count;
        var counts = new int[steps.Count];
        double sum = 0;
        int low = 0, high = 0;
        foreach (var (place, step) in answers)
        {
            var clamped = Math.Clamp(place, 0, 1);
            sum += clamped;
            counts[Math.Clamp(step, 0, steps.Count - 1)]++;
            if (clamped <= LowEnd)
            {
                low++;
            }
            else if (clamped >= HighEnd)
            {
                high++;
            }
        }

        double? average = people > 0 ? sum / people : null;
        double? spread = null;
        if (people >= 2)
        {
            var variance = answers.Sum(a => Math.Pow(Math.Clamp(a.Place, 0, 1) - average!.Value, 2)) / people;
            spread = Math.Min(1, Math.Sqrt(variance) / 0.5);
        }

        if (anonymous && people < SmallGroups.Smallest)
        {
            // With one or two answers, an average or a spread is their answers: the room would learn
            // what the lone voter thinks, or whether the two agree.
            average = null;
            spread = null;
        }

        var between = people - low - high;
        var split = people >= 4
            && low >= 0.3 * people && high >= 0.3 * people && between <= 0.2 * people
            && (!anonymous || (low >= SmallGroups.Smallest && high >= SmallGroups.Smallest));

        var buckets = anonymous
            ? SmallGroups.Band(counts)
                .Select(b => new AgreementBucket(
                    b.From == b.To ? steps[b.From] : $"{steps[b.From]} – {steps[b.To]}",
                    b.People is > 0 and < SmallGroups.Smallest ? null : b.People,
                    b.People is > 0 and < SmallGroups.Smallest))
                .ToArray()
            : steps.Select((label, i) => new AgreementBucket(label, counts[i])).ToArray();
        return new StatementAgreement(statementId, people, Round(average), Round(spread), split, buckets);
    }

    // Three decimals are all a board can show, and they keep snapshots short.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
