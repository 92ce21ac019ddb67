using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>
/// How many answered one statement and their average, from 1 (strongly disagree) to 5 (strongly agree);
/// no average while nobody has. In an anonymous vote a statement one or two people answered gives
/// neither (<see cref="FewerThanThree"/>): an average of one is their answer. The distribution over the
/// five answers is the statement's <see cref="StatementAgreement.Buckets"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatementAnswers(
    [property: Id(0)] string StatementId,
    [property: Id(1)] int? Answered,
    [property: Id(2)] double? Average,
    [property: Id(3)] bool FewerThanThree = false);
