namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>A group of related strengths, such as "Thinking". The board colours and labels each domain.</summary>
[GenerateSerializer, Immutable]
public sealed record StrengthDomain([property: Id(0)] string DomainId, [property: Id(1)] string Name);
