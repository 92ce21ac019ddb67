namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>One person's column in a named map's export, only for someone who agreed to be shown (strength names).</summary>
[GenerateSerializer, Immutable]
public sealed record PersonStrengths(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<string> Chosen,
    [property: Id(2)] IReadOnlyList<StrengthTimes> SeenByOthers);
