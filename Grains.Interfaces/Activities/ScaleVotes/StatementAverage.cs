namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>
/// A statement's average answer in the export, exact (1–5, two decimals), with how many answered it;
/// neither for a statement one or two people answered in an anonymous vote (<see cref="FewerThanThree"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatementAverage(
    [property: Id(0)] string Statement,
    [property: Id(1)] int? Answered,
    [property: Id(2)] double? Average,
    [property: Id(3)] bool FewerThanThree = false);
