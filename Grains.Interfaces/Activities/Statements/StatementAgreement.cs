namespace AntiLeadership.Live.Activities.Statements;

/// <summary>
/// How much the team agrees about one statement, the same measure for every way of voting so that
/// kinds compare. <see cref="Spread"/> runs from 0 (everyone answered alike) to 1 (half at each
/// extreme); it is null below two answers. <see cref="Split"/> marks a room in two camps: many at
/// both ends, few between. <see cref="Average"/> is on the same 0–1 scale as the spread.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatementAgreement(
    [property: Id(0)] string StatementId,
    [property: Id(1)] int People,
    [property: Id(2)] double? Average,
    [property: Id(3)] double? Spread,
    [property: Id(4)] bool Split,
    [property: Id(5)] IReadOnlyList<AgreementBucket> Buckets);
