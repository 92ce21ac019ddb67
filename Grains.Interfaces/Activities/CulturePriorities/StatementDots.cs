using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

[GenerateSerializer, Immutable]
public sealed record StatementDots([property: Id(0)] string Statement, [property: Id(1)] int Dots);
