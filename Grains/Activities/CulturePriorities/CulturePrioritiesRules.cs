using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Intake;

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

        if (setup.IntakeShards < IntakeShards.One || setup.IntakeShards > IntakeShards.Most || (setup.IntakeShards > IntakeShards.One && !setup.InputCanSpread))
        {
            // Who voted is not known to the activity when shards hold the ballots, and proposals are the
            // vote's own: only an anonymous vote without proposals can be spread.
            return $"A vote's intake can be spread over 1 to {IntakeShards.Most} shards, and only when it is anonymous and takes no proposals.";
        }

        return setup.MaxDotsPerStatement < 1 || setup.MaxDotsPerStatement > setup.DotsPerParticipant
            ? "Dots per statement must be at least 1 and no more than the dots each participant has."
            : null;
    }

    /// <summary>Checks a ballot against the vote's statements and limits (the vote is open).</summary>
    public static string? CheckBallot(CulturePrioritiesState state, IReadOnlyDictionary<string, int> dots) =>
        CheckBallot(state.Statements.Select(s => s.StatementId).ToArray(), state.DotsPerParticipant, state.MaxDotsPerStatement, dots);

    /// <summary>The same checks where only the statements' ids are known (an intake shard's copy of the rules).</summary>
    public static string? CheckBallot(IReadOnlyCollection<string> statementIds, int dotsPerParticipant, int maxDotsPerStatement, IReadOnlyDictionary<string, int> dots)
    {
        foreach (var (statementId, count) in dots)
        {
            if (!statementIds.Contains(statementId))
            {
                return "That statement is not part of this vote.";
            }

            if (count < 0)
            {
                return "Dots cannot be negative.";
            }

            if (count > maxDotsPerStatement)
            {
                return $"At most {maxDotsPerStatement} dots can go on one statement: take one off here to put it elsewhere.";
            }
        }

        var total = dots.Values.Sum(v => (long)v);
        return total > dotsPerParticipant
            ? $"All {dotsPerParticipant} dots used: take one off to move it."
            : null;
    }
}
