using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>The limits of a culture-priorities vote, with the messages people see when they hit one.</summary>
public static class CulturePrioritiesRules
{
    public const int MaxTitleLength = 120;
    public const int MaxStatementLength = 200;
    public const int MinStatements = 2;
    public const int MaxStatements = 30;
    public const int MaxDotsPerParticipant = 30;
    public const int MaxSubmissionIdLength = 64;
    public const int MaxTimerSeconds = 3600;

    public static string? CheckSetup(CulturePrioritiesSetup setup)
    {
        if (Title(setup.Title).Problem is { } titleProblem)
        {
            return titleProblem;
        }

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

    /// <summary>The activity's title as it will be stored, or why it cannot be.</summary>
    public static CheckedText Title(string? typed) => TextRules.Check(
        typed,
        MaxTitleLength,
        $"Give the activity a title of 1 to {MaxTitleLength} characters.",
        "Give the activity a title people can see: this one has only invisible characters.");

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

    public static string? CheckBallot(CulturePrioritiesState state, IReadOnlyDictionary<string, int> dots)
    {
        switch (state.Status)
        {
            case VotingStatus.NotOpened:
                return "Voting has not opened yet.";
            case VotingStatus.Closed:
                return "Voting is closed.";
        }

        if (state.ClosesAt is { } closesAt && closesAt <= DateTimeOffset.UtcNow)
        {
            return "Voting is closed.";
        }

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
                return $"At most {state.MaxDotsPerStatement} dots can go on one statement.";
            }
        }

        var total = dots.Values.Sum(v => (long)v);
        return total > state.DotsPerParticipant
            ? $"You have {state.DotsPerParticipant} dots; this ballot uses {total}."
            : null;
    }
}
