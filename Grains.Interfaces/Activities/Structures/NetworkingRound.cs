namespace AntiLeadership.Live.Activities.Structures;

/// <summary>
/// One round of Impromptu Networking: its <see cref="Pairs"/> (one of them a trio when the room is odd)
/// and how many <see cref="Repeats"/> it could not avoid: pairs of people who met earlier in the session
/// and meet again, counted per two people (a trio of three who all met counts three). Zero unless the
/// room is too small for everyone to have someone new; the console says so rather than hiding it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record NetworkingRound(
    [property: Id(0)] IReadOnlyList<Huddle> Pairs,
    [property: Id(1)] int Repeats);
