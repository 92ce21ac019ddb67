namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>How one person answered, statement by statement (those they skipped left out), in a named vote.</summary>
[GenerateSerializer, Immutable]
public sealed record VoterAnswers(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<StatementAnswer> Answers);
