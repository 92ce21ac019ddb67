namespace AntiLeadership.Live.Activities.Statements;

/// <summary>One statement on a vote's ballot ("We say what we really think"), with the id ballots name it by.</summary>
[GenerateSerializer, Immutable]
public sealed record Statement([property: Id(0)] string StatementId, [property: Id(1)] string Text);
