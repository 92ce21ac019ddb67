namespace AntiLeadership.Live.Activities.Statements;

/// <summary>
/// One step of a statement's distribution ("agree", "2 dots", "ranked in the top third") and how many
/// people are in it. In an anonymous activity neighbouring steps are put together where one would hold
/// one or two people ("Disagree – Neither"); <see cref="FewerThanThree"/> (and no <see cref="People"/>)
/// marks the one case left, fewer than three answers in all.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgreementBucket(
    [property: Id(0)] string Label,
    [property: Id(1)] int? People,
    [property: Id(2)] bool FewerThanThree = false);
