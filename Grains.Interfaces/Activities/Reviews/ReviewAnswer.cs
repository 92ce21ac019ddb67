namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// One participant's answers for one commitment: what happened, so what (what we learned), and now what
/// (<see cref="Choice"/>, with optional words in <see cref="NowWhat"/>). Every part is optional.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReviewAnswer(
    [property: Id(0)] string CommitmentId,
    [property: Id(1)] string? Happened = null,
    [property: Id(2)] string? Learned = null,
    [property: Id(3)] ReviewChoice? Choice = null,
    [property: Id(4)] string? NowWhat = null);
