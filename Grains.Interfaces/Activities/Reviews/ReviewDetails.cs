namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>The export's own part for a review: the commitments with their decisions and notes, and each person's answers only in a named review.</summary>
[GenerateSerializer, Immutable]
public sealed record ReviewDetails(
    [property: Id(0)] IReadOnlyList<ReviewedCommitment> Commitments,
    [property: Id(1)] IReadOnlyList<ReviewPersonAnswer>? Answers);
