using AntiLeadership.Live.Activities.Points;

namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>The limits of a 100-points vote, with the messages people see when they hit one.</summary>
public static class PointsRules
{
    /// <summary>Everyone's budget: 100 reads as percentages, which people share out without arithmetic.</summary>
    public const int Budget = 100;

    /// <summary>The steps a facilitator may choose: fine enough to say "a little", coarse enough for a thumb.</summary>
    public static readonly IReadOnlyList<int> Steps = [5, 10];

    public static string? CheckSetup(PointsSetup setup) =>
        Steps.Contains(setup.Step) ? null : "Points go in steps of 5 or 10.";

    /// <summary>Checks an allocation against the vote's statements, step and budget (the vote is open).</summary>
    public static string? CheckAllocation(PointsState state, IReadOnlyDictionary<string, int> points)
    {
        foreach (var (statementId, given) in points)
        {
            if (!state.Statements.Any(s => s.StatementId == statementId))
            {
                return "That statement is not part of this vote.";
            }

            if (given < 0)
            {
                return "Points cannot be negative.";
            }

            if (given % state.Step != 0)
            {
                return $"Points go in steps of {state.Step}: {given} is not one of them.";
            }
        }

        // Summed as longs: a hostile client's int.MaxValue twice must not wrap round to a small total.
        var total = points.Values.Sum(v => (long)v);
        return total > state.Budget
            ? $"That is {total} points, and you have {state.Budget} to give: take some from another statement first."
            : null;
    }
}
