namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>One person's answer to one statement, in a named vote's export: the number and its words.</summary>
[GenerateSerializer, Immutable]
public sealed record StatementAnswer(
    [property: Id(0)] string Statement,
    [property: Id(1)] int Answer,
    [property: Id(2)] string Label);
