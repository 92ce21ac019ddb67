namespace AntiLeadership.Live.Activities.Structures;

/// <summary>The facilitator's commands of a guided structure (besides every activity's).</summary>
public static class StructureCommands
{
    /// <summary>Starts the structure, or moves to the next step (skipping what is left of this one); after the last, finishes.</summary>
    public const string NextStep = "step-next";

    /// <summary>Back to the step before (its groups and entries are kept).</summary>
    public const string PreviousStep = "step-back";

    /// <summary>Extends (positive <see cref="ActivityCommand.Seconds"/>) or shortens (negative) the step on now.</summary>
    public const string StepTime = "step-time";

    /// <summary>Keeps an entry the room can see (<see cref="ActivityCommand.Target"/>) for the team's plan: 15% Solutions, a group's pick.</summary>
    public const string Keep = "keep";
}
