using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>Where one person put their dots (statement text → dots), in a named vote.</summary>
[GenerateSerializer, Immutable]
public sealed record VoterDots(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<StatementDots> Dots);
