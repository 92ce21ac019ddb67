namespace AntiLeadership.Live.Activities.Structures;

/// <summary>What people do in a step of a structure.</summary>
public enum StepMode
{
    /// <summary>Everyone writes entries (privately, or on the board as they come: <see cref="StructureStep.Shared"/>).</summary>
    Write,

    /// <summary>Everyone marks entries of an earlier step (TRIZ: "we already do something like this").</summary>
    Mark,

    /// <summary>People meet in pairs (a trio when odd) and pick what the pair carries forward.</summary>
    Pairs,

    /// <summary>Two pairs meet as a four (3–5) and pick what the group carries forward.</summary>
    Fours,

    /// <summary>The whole room sees what each group carried forward.</summary>
    Harvest,

    /// <summary>The whole room sees every entry of the earlier steps (15% Solutions).</summary>
    Gallery,

    /// <summary>A networking round: pairs of people who have not met in this session yet.</summary>
    Network,
}
