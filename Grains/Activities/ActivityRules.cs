namespace AntiLeadership.Live.Grains.Activities;

/// <summary>The limits every kind of activity shares, with the messages people see when they hit one.</summary>
public static class ActivityRules
{
    public const int MaxTitleLength = 120;
    public const int MaxSubmissionIdLength = 64;
    public const int MaxTimerSeconds = 3600;

    /// <summary>An activity's title as it will be stored, or why it cannot be.</summary>
    public static CheckedText Title(string? typed) => TextRules.Check(
        typed,
        MaxTitleLength,
        $"Give the activity a title of 1 to {MaxTitleLength} characters.",
        "Give the activity a title people can see: this one has only invisible characters.");
}
