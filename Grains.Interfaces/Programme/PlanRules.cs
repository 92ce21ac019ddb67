namespace AntiLeadership.Live.Programme;

/// <summary>Limits of the team's plan and its checks, with the words each refusal shows.</summary>
public static class PlanRules
{
    public const int MaxWhatLength = 200;
    public const int MaxWhyLength = 500;
    public const int MaxFirstStepLength = 200;
    public const int MaxNoteLength = 500;
    public const int MaxOwners = 12;

    /// <summary>Far above any team's plan; stops a script from filling storage.</summary>
    public const int MaxCommitments = 200;

    /// <summary>A year of weekly notes, and then some.</summary>
    public const int MaxNotes = 300;

    public static CheckedText What(string? typed) => TextRules.Check(
        typed, MaxWhatLength, $"Say what we will try in 1 to {MaxWhatLength} characters.", "Say what we will try in words people can see.");

    public static CheckedText Note(string? typed) => TextRules.Check(
        typed, MaxNoteLength, $"Write a note of 1 to {MaxNoteLength} characters.", "Write a note people can see: this has only invisible characters.");

    /// <summary>Optional text (why, first step): empty is fine, too long or only invisible is not.</summary>
    public static CheckedText Optional(string? typed, int maxLength, string what) =>
        string.IsNullOrWhiteSpace(typed)
            ? new CheckedText("", null)
            : TextRules.Check(typed, maxLength, $"Keep {what} to {maxLength} characters.", $"Write {what} in words people can see.");
}
