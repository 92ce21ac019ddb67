namespace AntiLeadership.Live.Activities.Statements;

/// <summary>
/// One step of a statement's distribution ("agree", "2 dots", "ranked in the top third") and how many
/// people are in it. In an anonymous activity a step holding one or two people has no number:
/// <see cref="FewerThanThree"/> says so instead, so a lone answer cannot be traced to its author.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgreementBucket(
    [property: Id(0)] string Label,
    [property: Id(1)] int? People,
    [property: Id(2)] bool FewerThanThree = false);
