namespace AntiLeadership.Live.Activities.Strengths;

[GenerateSerializer, Immutable]
public sealed record StrengthTimes([property: Id(0)] string StrengthId, [property: Id(1)] int Times);
