using System.Text.RegularExpressions;

namespace AntiLeadership.Live.Sessions;

public static partial class SessionRules
{
    public const int MaxDisplayNameLength = 40;
    public const int MaxTitleLength = 80;
    public const int MaxActivities = 50;

    /// <summary>How many steps back undo reaches (the issue asks for at least ten; a session's steps are small).</summary>
    public const int UndoDepth = 30;

    public static bool IsValidActivityId(string activityId) => ActivityIdPattern().IsMatch(activityId ?? "");

    /// <summary>A participant's name as it will be stored, or why it cannot be.</summary>
    public static CheckedText DisplayName(string? typed) => TextRules.Check(
        typed,
        MaxDisplayNameLength,
        $"Choose a name of 1 to {MaxDisplayNameLength} characters.",
        "Choose a name people can see: this one has only invisible characters.");

    /// <summary>A session's title as it will be stored, or why it cannot be.</summary>
    public static CheckedText Title(string? typed) => TextRules.Check(
        typed,
        MaxTitleLength,
        $"Give the session a title of 1 to {MaxTitleLength} characters.",
        "Give the session a title people can see: this one has only invisible characters.");

    [GeneratedRegex("^[A-Za-z0-9_-]{8,80}$")]
    private static partial Regex ActivityIdPattern();
}
