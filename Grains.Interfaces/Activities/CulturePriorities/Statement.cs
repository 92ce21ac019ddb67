namespace AntiLeadership.Live.Activities.CulturePriorities;

[GenerateSerializer, Immutable]
public sealed record Statement([property: Id(0)] string StatementId, [property: Id(1)] string Text);
