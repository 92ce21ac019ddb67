namespace AntiLeadership.Live.Teams;

/// <summary>The limits of a team's texts, with the sentences people see when they hit one.</summary>
public static class TeamRules
{
    public const int MaxTeamNameLength = 80;
    public const int MaxKeyLabelLength = 40;

    public static CheckedText TeamName(string? typed) => TextRules.Check(
        typed,
        MaxTeamNameLength,
        $"Give the team a name of 1 to {MaxTeamNameLength} characters.",
        "Choose a team name people can see: this one has only invisible characters.");

    public static CheckedText KeyLabel(string? typed) => TextRules.Check(
        typed,
        MaxKeyLabelLength,
        $"Say whose key this is in 1 to {MaxKeyLabelLength} characters.",
        "Say whose key this is with a label people can see: this one has only invisible characters.");

    /// <summary>Why a participant cannot take a name another current member of the team already has.</summary>
    public static string NameTaken(string existing) =>
        $"Someone in this team is already called {existing}. Add an initial or choose another name.";
}
