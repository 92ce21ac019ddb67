namespace AntiLeadership.Live.Teams;

/// <summary>The answer to issuing or rotating a facilitator key: the key, or why not.</summary>
[GenerateSerializer, Immutable]
public sealed record KeyOutcome([property: Id(0)] FacilitatorKey? Key, [property: Id(1)] string? Rejection)
{
    public static KeyOutcome Refused(string why) => new(null, why);
}
