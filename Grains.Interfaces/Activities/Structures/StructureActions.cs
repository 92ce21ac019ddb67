namespace AntiLeadership.Live.Activities.Structures;

/// <summary>What a phone does in a step (<see cref="StructureInput.Action"/>).</summary>
public static class StructureActions
{
    /// <summary>Writes an entry (<see cref="StructureInput.Text"/>) in a step that takes writing.</summary>
    public const string Write = "write";

    /// <summary>Takes back one of the participant's own entries of the step on now.</summary>
    public const string Remove = "remove";

    /// <summary>Marks (or, with <see cref="StructureInput.On"/> false, unmarks) an entry: TRIZ's "we already do this".</summary>
    public const string Mark = "mark";

    /// <summary>Chooses, for the participant's whole group, the entry the group carries forward.</summary>
    public const string Pick = "pick";

    /// <summary>Asks for a group: someone who arrived after the groups were formed.</summary>
    public const string Join = "join";
}
