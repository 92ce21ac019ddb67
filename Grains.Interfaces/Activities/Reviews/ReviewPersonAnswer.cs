namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>One person's answers for one commitment in a named review's export.</summary>
[GenerateSerializer, Immutable]
public sealed record ReviewPersonAnswer(
    [property: Id(0)] string Name,
    [property: Id(1)] string CommitmentId,
    [property: Id(2)] string? Happened,
    [property: Id(3)] string? Learned,
    [property: Id(4)] ReviewChoice? Choice,
    [property: Id(5)] string? NowWhat);
