namespace AntiLeadership.Live.Activities;

/// <summary>The commands every kind of activity understands.</summary>
public static class ActivityCommands
{
    public const string Open = "open";
    public const string Close = "close";

    /// <summary>Opens if needed and closes by itself after <see cref="ActivityCommand.Seconds"/> (0 removes the timer).</summary>
    public const string Timer = "timer";

    public const string Reveal = "reveal";

    /// <summary>Hides revealed results again: how the agenda's undo takes back a reveal made by mistake.</summary>
    public const string HideResults = "hide-results";

    /// <summary>Makes the activity anonymous from now on; there is no way back.</summary>
    public const string RaiseAnonymity = "raise-anonymity";
}
