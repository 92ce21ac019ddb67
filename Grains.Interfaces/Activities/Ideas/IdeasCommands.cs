namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// The ideas activity's own facilitator commands, beside <see cref="ActivityCommands"/> (whose
/// <see cref="ActivityCommands.Reveal"/> reveals the entries). Grouping commands carry places like
/// <see cref="IdeaMove"/>: "entryId@groupId", where the facilitator saw each entry.
/// </summary>
public static class IdeasCommands
{
    /// <summary>Moves on to (or back to) a phase: <see cref="ActivityCommand.Text"/> is "grouping", "voting" or "shortlist".</summary>
    public const string Phase = "phase";

    /// <summary>Shows page <see cref="ActivityCommand.Text"/> (1, 2…) of the entries on every screen.</summary>
    public const string Page = "page";

    /// <summary>
    /// Groups entries: <see cref="ActivityCommand.Target"/> is their places, space-separated;
    /// <see cref="ActivityCommand.Text"/> where they go, as <see cref="IdeaMove.With"/>. Also splits a
    /// group: its chosen entries go to "new".
    /// </summary>
    public const string Group = "group";

    /// <summary>Takes the entries at the places in <see cref="ActivityCommand.Target"/> out of their groups.</summary>
    public const string Ungroup = "ungroup";

    /// <summary>Puts every entry of group <see cref="ActivityCommand.Target"/> into group <see cref="ActivityCommand.Text"/>.</summary>
    public const string Merge = "merge";

    /// <summary>Names group <see cref="ActivityCommand.Target"/> <see cref="ActivityCommand.Text"/> (empty: no name).</summary>
    public const string NameGroup = "name-group";

    /// <summary>Sets entry <see cref="ActivityCommand.Target"/> aside: off every screen but its author's, who is told.</summary>
    public const string SetAside = "set-aside";

    /// <summary>Brings a set-aside entry back (in no group).</summary>
    public const string Restore = "restore";

    /// <summary>Removes entry <see cref="ActivityCommand.Target"/> for good; its author is told.</summary>
    public const string Remove = "remove";

    /// <summary>Keeps item <see cref="ActivityCommand.Target"/> (an entry or a group) on the team's shortlist for its plan.</summary>
    public const string Keep = "keep";

    /// <summary>Takes item <see cref="ActivityCommand.Target"/> off the team's shortlist again.</summary>
    public const string Unkeep = "unkeep";
}
