using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>How many dots a statement holds, and from how many people.</summary>
[GenerateSerializer, Immutable]
public sealed record StatementTally(
    [property: Id(0)] string StatementId,
    [property: Id(1)] int Dots,
    [property: Id(2)] int Voters);
