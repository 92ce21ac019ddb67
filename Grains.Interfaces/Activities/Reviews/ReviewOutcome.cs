namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>The decision taken for a commitment in this review, the facilitator's words with it, and the note written to the plan.</summary>
[GenerateSerializer, Immutable]
public sealed record ReviewOutcome(
    [property: Id(0)] ReviewDecision Decision,
    [property: Id(1)] string? Words,
    [property: Id(2)] string Note);
