namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// A review's own facilitator commands, beside <see cref="ActivityCommands"/>. The decisions take the
/// commitment's id as their target and the facilitator's words (what we learned, or the adapted
/// wording) as their text.
/// </summary>
public static class ReviewCommands
{
    public const string Next = "next-commitment";
    public const string Previous = "previous-commitment";

    /// <summary>Shows the commitment named by the target.</summary>
    public const string Show = "show-commitment";

    public const string Keep = "decide-keep";
    public const string Adapt = "decide-adapt";
    public const string Drop = "decide-drop";
    public const string Done = "decide-done";

    /// <summary>The decision a command takes, or null for a command that is not a decision.</summary>
    public static ReviewDecision? DecisionOf(string name) => name switch
    {
        Keep => ReviewDecision.Keep,
        Adapt => ReviewDecision.Adapt,
        Drop => ReviewDecision.Drop,
        Done => ReviewDecision.Done,
        _ => null,
    };
}
