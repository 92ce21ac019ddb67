namespace AntiLeadership.Live.Sessions;

/// <summary>
/// The facilitator role handed to a participant: <see cref="Name"/> steers from their phone, for one
/// activity (<see cref="ActivityId"/>, titled <see cref="ActivityTitle"/>) or for the rest of the session
/// (<see cref="ActivityId"/> null), since <see cref="Since"/>, given by the facilitator labelled
/// <see cref="GivenBy"/>. Not secret: the board says who is facilitating, and a phone learns from it that
/// it is now a console. <see cref="GrantId"/> tells one turn from the next (the rota's entry).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoleGrant(
    [property: Id(0)] string GrantId,
    [property: Id(1)] string ParticipantId,
    [property: Id(2)] string Name,
    [property: Id(3)] string? ActivityId,
    [property: Id(4)] string? ActivityTitle,
    [property: Id(5)] DateTimeOffset Since,
    [property: Id(6)] string GivenBy)
{
    /// <summary>
    /// What a participant without the role is told when their phone (or a script) tries to steer. The hub
    /// recognises it to log the attempt as a security event.
    /// </summary>
    public const string NotHanded = "Only a facilitator can do that. Ask them to hand you the role.";

    /// <summary>Whether steering <paramref name="activityId"/> is part of this turn (the whole session covers every item).</summary>
    public bool Covers(string? activityId) => ActivityId is null || ActivityId == activityId;
}
