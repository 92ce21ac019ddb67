namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>
/// How a person's points place them on a statement for <see cref="Statements.Agreement"/>, so that a
/// spread means what it means for every way of voting (0 = one voice, 1 = two opposite camps).
/// Half the budget or more is the top of the scale (place 1): nobody can give more than half to more
/// than one statement, so it is the strongest priority a person can express, as the most dots a
/// statement may take is for the dot vote. Places are points over that half: 0, 0.1 … 0.9, 1.
/// The steps of the distribution follow the thirds <see cref="Statements.Agreement"/> marks a split by,
/// so what the board shows as steps is what the split mark counts: nothing; a little (up to a third of
/// the top: 5–15); a share (20–30); much (35–45); half or more (50+).
/// </summary>
public static class PointsAgreement
{
    private const int StepCount = 5;

    /// <summary>The place on 0–1 of <paramref name="points"/> given out of <paramref name="budget"/>.</summary>
    public static double Place(int points, int budget) => Math.Min(1, (double)points / Top(budget));

    /// <summary>The step of the distribution <paramref name="points"/> falls in (an index into <see cref="Steps"/>).</summary>
    public static int Step(int points, int budget)
    {
        var place = Place(points, budget);
        return points <= 0 ? 0
            : place <= 1.0 / 3 ? 1
            : place < 2.0 / 3 ? 2
            : place < 1 ? 3
            : 4;
    }

    /// <summary>The steps' labels for points given in steps of <paramref name="step"/>: "0", "5–15", "20–30", "35–45", "50+" (with 10: "0", "10", "20–30", "40", "50+").</summary>
    public static IReadOnlyList<string> Steps(int step, int budget) =>
        Ranges(step, budget).Select((range, band) => Label(range.Lowest, range.Highest, band == StepCount - 1)).ToArray();

    /// <summary>
    /// How to say the bands of neighbouring steps an anonymous distribution puts together
    /// (<see cref="Statements.Agreement"/> names one "20–30 – 50+"): as the points they span, "20+",
    /// "5–30", or "0–100" for all of them. Keyed by the name the band is given.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Bands(int step, int budget)
    {
        var ranges = Ranges(step, budget);
        var steps = Steps(step, budget);
        var bands = new Dictionary<string, string>();
        for (var from = 0; from < steps.Count; from++)
        {
            for (var to = from + 1; to < steps.Count; to++)
            {
                bands[$"{steps[from]} – {steps[to]}"] = from == 0 && to == steps.Count - 1
                    ? $"0–{budget}"
                    : Label(ranges[from].Lowest, ranges[to].Highest, to == steps.Count - 1);
            }
        }

        return bands;
    }

    private static string Label(int lowest, int highest, bool last) =>
        last ? $"{lowest}+" : lowest == highest ? $"{lowest}" : $"{lowest}–{highest}";

    private static (int Lowest, int Highest)[] Ranges(int step, int budget)
    {
        if (step <= 0 || budget <= 0)
        {
            return []; // a vote not set up yet: it has no statements to place anyone on either
        }

        var lowest = new int?[StepCount];
        var highest = new int[StepCount];
        for (var points = 0; points <= budget; points += step)
        {
            var band = Step(points, budget);
            lowest[band] ??= points;
            highest[band] = points;
        }

        // Every band holds a multiple of 5 and of 10 (the steps a setup may choose), so none is left empty.
        return Enumerable.Range(0, StepCount).Select(band => (lowest[band] ?? 0, highest[band])).ToArray();
    }

    private static double Top(int budget) => budget / 2.0;
}
