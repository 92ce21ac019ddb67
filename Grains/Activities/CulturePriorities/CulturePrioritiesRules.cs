using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>The limits of a culture-priorities vote, with the messages people see when they hit one.</summary>
public static class CulturePrioritiesRules
{
    public const int MaxStatementLength = 200;
    public const int MinStatements = 2;
    public const int MaxStatements = 30;
    public const int MaxDotsPerParticipant = 30;

    public static string? CheckSetup(CulturePrioritiesSetup setup)
    {
        var (statements, problem) = Statements(setup.Statements);
        if (problem is not null)
        {
            return problem;
        }

        if (statements.Count < MinStatements || statements.Count > MaxStatements)
        {
            return $"List between {MinStatements} and {MaxStatements} statements.";
        }

        if (statements.Select(TextRules.NameKey).Distinct().Count() != statements.Count)
        {
            return "Each statement can appear only once.";
        }

        if (setup.DotsPerParticipant < 1 || setup.DotsPerParticipant > MaxDotsPerParticipant)
        {
            return $"Dots per participant must be between 1 and {MaxDotsPerParticipant}.";
        }

        if (setup.MaxDotsPerStatement < 1 || setup.MaxDotsPerStatement > setup.DotsPerParticipant)
        {
            return "Dots per statement must be at least 1 and no more than the dots each participant has.";
        }

        return null;
    }

    /// <summary>The statements as they will be stored (blank lines left out), or why one cannot be.</summary>
    public static (IReadOnlyList<string> Statements, string? Problem) Statements(IEnumerable<string?>? typed)
    {
        var statements = new List<string>();
        foreach (var line in typed ?? [])
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var statement = TextRules.Check(
                line,
                MaxStatementLength,
                $"Each statement can be at most {MaxStatementLength} characters.",
                "Every statement needs something people can see: one has only invisible characters.");
            if (statement.Problem is { } problem)
            {
                return ([], problem);
            }

            statements.Add(statement.Text);
        }

        return (statements, null);
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
