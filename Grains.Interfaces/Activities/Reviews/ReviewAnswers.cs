namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// The answers for one commitment under the three headings, each list at most
/// <see cref="ReviewView.AudienceAnswers"/> long (<see cref="More"/> counts what is left out), and the
/// keep/adapt/drop tally. In an anonymous review the lists are in alphabetical order, so their order
/// tells nothing about who wrote what.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReviewAnswers(
    [property: Id(0)] string CommitmentId,
    [property: Id(1)] IReadOnlyList<ReviewText> Happened,
    [property: Id(2)] IReadOnlyList<ReviewText> Learned,
    [property: Id(3)] IReadOnlyList<ReviewText> NowWhat,
    [property: Id(4)] IReadOnlyList<ChoiceBand> Tally,
    [property: Id(5)] int More);
