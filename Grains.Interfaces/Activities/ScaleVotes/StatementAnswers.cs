using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>
/// How many answered one statement and their average, from 1 (strongly disagree) to 5 (strongly agree);
/// null while nobody has. The distribution over the five answers is the statement's
/// <see cref="StatementAgreement.Buckets"/>, where small anonymous groups are left unnumbered.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatementAnswers(
    [property: Id(0)] string StatementId,
    [property: Id(1)] int Answered,
    [property: Id(2)] double? Average);
