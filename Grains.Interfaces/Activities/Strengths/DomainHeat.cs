namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>How much of one domain the team brings: choices of its strengths and recognitions of them.</summary>
[GenerateSerializer, Immutable]
public sealed record DomainHeat(
    [property: Id(0)] string DomainId,
    [property: Id(1)] int? ChosenBySelf,
    [property: Id(2)] int? SeenByOthers);
