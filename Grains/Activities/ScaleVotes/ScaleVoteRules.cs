using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.ScaleVotes;

/// <summary>The answers of an agreement scale, what each means, and the checks of a participant's answers.</summary>
public static class ScaleVoteRules
{
    public const int Lowest = 1;
    public const int Highest = 5;

    /// <summary>The words of each answer, from <see cref="Lowest"/> to <see cref="Highest"/>: the steps of every statement's distribution.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];

    public static string LabelOf(int answer) => Labels[answer - Lowest];

    /// <summary>
    /// Where an answer places its person on 0–1, the scale every vote on statements measures its spread
    /// on: strongly disagree at 0, neither at ½, strongly agree at 1, evenly between (an average too).
    /// </summary>
    public static double PlaceOf(double answer) => (answer - Lowest) / (Highest - Lowest);

    /// <summary>Checks a participant's whole set of answers against the vote's statements (the vote is open).</summary>
    public static string? CheckAnswers(IReadOnlyList<Statement> statements, IReadOnlyDictionary<string, int>? answers)
    {
        if (answers is null)
        {
            return "This input has no answers in it.";
        }

        foreach (var (statementId, answer) in answers)
        {
            if (!statements.Any(s => s.StatementId == statementId))
            {
                return "That statement is not part of this vote.";
            }

            if (answer is < Lowest or > Highest)
            {
                return $"Answer each statement from {Lowest} (strongly disagree) to {Highest} (strongly agree), or leave it out to skip it.";
            }
        }

        return null;
    }
}
