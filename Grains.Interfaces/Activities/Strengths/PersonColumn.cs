namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// One person's column on the board, only for someone who agreed to be shown: the strengths they chose
/// (in their order) and how often teammates recognised each strength in them. <see cref="Name"/> is the
/// name they joined the session with, as the session holds it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PersonColumn(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Mine,
    [property: Id(3)] IReadOnlyList<StrengthTimes> SeenByOthers);
