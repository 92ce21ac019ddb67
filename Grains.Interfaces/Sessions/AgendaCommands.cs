namespace AntiLeadership.Live.Sessions;

/// <summary>The steps a facilitator takes on a session's agenda (<see cref="AgendaCommand.Name"/>).</summary>
public static class AgendaCommands
{
    /// <summary>Puts an agenda item on every screen: the next one, or back to an earlier one.</summary>
    public const string Show = "show";

    /// <summary>Moves an item to <see cref="AgendaCommand.Position"/> (from 0).</summary>
    public const string Move = "move";

    /// <summary>Adds a copy of an item, set up the same, with nothing in it yet, right after it.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Takes an item off the agenda. Its contributions stay stored, and undo puts it back.</summary>
    public const string Remove = "remove";

    /// <summary>Opens, closes or reveals the activity: the same as the activity's own commands, but recorded for undo.</summary>
    public const string Open = "open";
    public const string Close = "close";
    public const string Reveal = "reveal";

    /// <summary>Starts a timer of <see cref="AgendaCommand.Seconds"/> on the step on screen.</summary>
    public const string StartTimer = "timer-start";

    /// <summary>Adds <see cref="AgendaCommand.Seconds"/> (a minute when not given) to the running or paused timer.</summary>
    public const string AddTime = "timer-add";
    public const string PauseTimer = "timer-pause";
    public const string ResumeTimer = "timer-resume";

    /// <summary>Ends the timer now, without waiting for it to run out.</summary>
    public const string StopTimer = "timer-stop";

    /// <summary>Takes back the last step (up to <see cref="SessionRules.UndoDepth"/> of them).</summary>
    public const string Undo = "undo";

    /// <summary>Takes again the last step undone, until a new step is taken.</summary>
    public const string Redo = "redo";
}
