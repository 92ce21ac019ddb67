namespace AntiLeadership.Live.Programme;

/// <summary>
/// One turn at facilitating, as the team's rota keeps it: <see cref="Name"/> facilitated
/// <see cref="ActivityTitle"/> (null: the whole session) in the session <see cref="SessionTitle"/>, handed
/// the role by <see cref="GivenBy"/>, from <see cref="From"/> until <see cref="Until"/> (null while it
/// lasts). <see cref="EntryId"/> is the turn's grant id, so recording it again changes nothing.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RotaEntry(
    [property: Id(0)] string EntryId,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string SessionTitle,
    [property: Id(3)] string? ActivityId,
    [property: Id(4)] string? ActivityTitle,
    [property: Id(5)] string ParticipantId,
    [property: Id(6)] string Name,
    [property: Id(7)] string GivenBy,
    [property: Id(8)] DateTimeOffset From,
    [property: Id(9)] DateTimeOffset? Until);
