namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>The export's own part for a check-in: its question and mode, and each person's answer only in a named check-in.</summary>
[GenerateSerializer, Immutable]
public sealed record CheckInDetails(
    [property: Id(0)] string Prompt,
    [property: Id(1)] CheckInMode Mode,
    [property: Id(2)] IReadOnlyList<CheckInAnswer>? Answers);
