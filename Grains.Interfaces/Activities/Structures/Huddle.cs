namespace AntiLeadership.Live.Activities.Structures;

/// <summary>
/// One small group of a guided structure: a pair (or the trio an odd room needs), a four, or a round's
/// pair in Impromptu Networking. Members of the same pair stand next to each other in
/// <see cref="ParticipantIds"/>, so a four reads as the pairs it was made of.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Huddle([property: Id(0)] IReadOnlyList<string> ParticipantIds);
