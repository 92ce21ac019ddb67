using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>The limits of a culture-priorities vote, with the messages people see when they hit one.</summary>
public static class CulturePrioritiesRules
{
    public const int MaxDotsPerParticipant = 30;

    public static string? CheckSetup(CulturePrioritiesSetup setup)
    {
        if (setup.DotsPerParticipant < 1 || setup.DotsPerParticipant > MaxDotsPerParticipant)
        {
            return $"Dots per participant must be between 1 and {MaxDotsPerParticipant}.";
        }

        return setup.MaxDotsPerStatement < 1 || setup.MaxDotsPerStatement > setup.DotsPerParticipant
            ? "Dots per statement must be at least 1 and no more than the dots each participant has."
            : null;
    }

    /// <summary>Checks a ballot against the vote's statements and limits (the vote is open).</summary>
    public static string? CheckBallot(CulturePrioritiesState state, IReadOnlyDictionary<string, int> dots)
    {
        foreach (var (statementId, count) in dots)
        {
            if (!state.Statements.Any(s => s.StatementId == statementId))
            {
                return "That statement is not part of this vote.";
            }

            if (count < 0)
            {
                return "Dots cannot be negative.";
            }

            if (count > state.MaxDotsPerStatement)
            {
                return $"At most {state.MaxDotsPerStatement} dots can go on one statement: take one off here to put it elsewhere.";
            }
        }

        var total = dots.Values.Sum(v => (long)v);
        return total > state.DotsPerParticipant
            ? $"All {state.DotsPerParticipant} dots used: take one off to move it."
            : null;
    }
}
