namespace AntiLeadership.Live.Teams;

/// <summary>The answer to enrolling a participant: the member as stored, or why not (and nothing was stored).</summary>
[GenerateSerializer, Immutable]
public sealed record Enrolment([property: Id(0)] TeamMember? Member, [property: Id(1)] string? Rejection)
{
    public static Enrolment Refused(string why) => new(null, why);
}
