using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Statements;

/// <summary>The limits of every vote on statements and of proposals, with the messages people see when they hit one.</summary>
public static class StatementRules
{
    public const int MaxStatementLength = 200;
    public const int MinStatements = 2;
    public const int MaxStatements = 30;

    /// <summary>Proposals of one person waiting for the facilitator at once: enough to offer ideas, not to flood the queue.</summary>
    public const int MaxWaitingPerPerson = 3;

    public const int MaxProposals = 200;

    /// <summary>The statements of a setup as they will be stored, or why they cannot be.</summary>
    public static string? CheckStatements(IEnumerable<string?>? typed)
    {
        var (statements, problem) = Statements(typed);
        if (problem is not null)
        {
            return problem;
        }

        if (statements.Count < MinStatements || statements.Count > MaxStatements)
        {
            return $"List between {MinStatements} and {MaxStatements} statements.";
        }

        return statements.Select(TextRules.NameKey).Distinct().Count() != statements.Count
            ? "Each statement can appear only once."
            : null;
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

            var statement = One(line);
            if (statement.Problem is { } problem)
            {
                return ([], problem);
            }

            statements.Add(statement.Text);
        }

        return (statements, null);
    }

    /// <summary>One statement (typed by the facilitator, proposed, or edited), or why it cannot be one.</summary>
    public static CheckedText One(string? typed) => TextRules.Check(
        typed,
        MaxStatementLength,
        $"Each statement can be at most {MaxStatementLength} characters.",
        "Every statement needs something people can see: one has only invisible characters.");

    /// <summary>Whether <paramref name="text"/> is on the ballot already, written the same way or differing only in case and spacing.</summary>
    public static bool OnBallot(IEnumerable<Statement> statements, string text)
    {
        var key = TextRules.NameKey(text);
        return statements.Any(s => TextRules.NameKey(s.Text) == key);
    }
}
