namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>One person's order (statement texts, first = most important), in a named ranking's export.</summary>
[GenerateSerializer, Immutable]
public sealed record VoterOrder(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<string> Order);
