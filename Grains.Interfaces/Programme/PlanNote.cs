namespace AntiLeadership.Live.Programme;

/// <summary>One dated line of a commitment's log: a progress note, a status change, or both, and who wrote it (a name, or "Facilitator").</summary>
[GenerateSerializer, Immutable]
public sealed record PlanNote(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Author,
    [property: Id(2)] string? Text,
    [property: Id(3)] CommitmentStatus? Status,
    [property: Id(4)] string? NoteId = null);
