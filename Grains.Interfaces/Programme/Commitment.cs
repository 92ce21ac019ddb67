namespace AntiLeadership.Live.Programme;

/// <summary>One commitment of the team's living plan, with its log of notes, oldest first.</summary>
[GenerateSerializer, Immutable]
public sealed record Commitment(
    [property: Id(0)] string CommitmentId,
    [property: Id(1)] CommitmentDraft Draft,
    [property: Id(2)] CommitmentStatus Status,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] IReadOnlyList<PlanNote> Notes,
    [property: Id(5)] long Revision);
