using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Programme;

/// <summary>The limits of a team's templates, with the sentences people see when they hit one.</summary>
public static class TemplateRules
{
    public const int MaxNameLength = 60;

    /// <summary>
    /// A shelf a facilitator can still read down in a select: a team saves an agenda per kind of day,
    /// not per session, and deletes the ones it no longer runs.
    /// </summary>
    public const int MaxTemplatesPerTeam = 30;

    /// <summary>A template fills one session's agenda, so it holds no more than an agenda does.</summary>
    public const int MaxItems = SessionRules.MaxActivities;

    /// <summary>
    /// One item's setup as JSON: a hub message is at most 32 KB, so no setup a console sent is larger.
    /// </summary>
    public const int MaxSetupJsonLength = 32 * 1024;

    public static CheckedText Name(string? typed) => TextRules.Check(
        typed,
        MaxNameLength,
        $"Give the template a name of 1 to {MaxNameLength} characters.",
        "Give the template a name people can see: this one has only invisible characters.");

    /// <summary>What names are told apart by: "Our day 1" and "our  DAY 1" are the same template.</summary>
    public static string NameKey(string name) => TextRules.NameKey(name);
}
