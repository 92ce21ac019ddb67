namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>A check-in's own facilitator commands, beside <see cref="ActivityCommands"/>. Their target is a word's key (<see cref="WordCount.Key"/>).</summary>
public static class CheckInCommands
{
    /// <summary>Takes a word off the board and the phones, whoever typed it or types it later; its authors are told.</summary>
    public const string HideWord = "hide-word";

    /// <summary>Undoes <see cref="HideWord"/> (a slip of the finger on the console); its authors are told.</summary>
    public const string ShowWord = "show-word";
}
