using System.Text.RegularExpressions;

namespace AntiLeadership.Live.Grains.Sessions;

public static partial class SessionRules
{
    public const int MaxDisplayNameLength = 40;
    public const int MaxActivities = 50;

    public static bool IsValidActivityId(string activityId) => ActivityIdPattern().IsMatch(activityId ?? "");

    public static string? CheckDisplayName(string displayName)
    {
        var name = displayName?.Trim() ?? "";
        if (TextRules.HasForbiddenCharacters(name))
        {
            return TextRules.ForbiddenCharactersMessage;
        }

        return name.Length is 0 or > MaxDisplayNameLength
            ? $"Choose a name of 1 to {MaxDisplayNameLength} characters."
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{8,80}$")]
    private static partial Regex ActivityIdPattern();
}
