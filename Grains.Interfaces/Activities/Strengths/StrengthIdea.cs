namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// A strength the facilitator adds. <see cref="Domain"/> is a domain's id (such as "thinking") or the
/// name of one of the setup's extra domains.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StrengthIdea(
    [property: Id(0)] string Domain,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Description = null);
