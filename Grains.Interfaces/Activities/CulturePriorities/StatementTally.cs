using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>
/// How many dots a statement holds, and from how many people. In an anonymous vote <see cref="Voters"/>
/// is null where one or two people gave the statement dots: a group that small is not told.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatementTally(
    [property: Id(0)] string StatementId,
    [property: Id(1)] int Dots,
    [property: Id(2)] int? Voters);
