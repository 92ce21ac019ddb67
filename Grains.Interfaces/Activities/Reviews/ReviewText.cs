namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// One answer as the room sees it. <see cref="ParticipantId"/> only in a named review (the screens turn
/// it into a name); <see cref="Choice"/> only under "now what".
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReviewText(
    [property: Id(0)] string Text,
    [property: Id(1)] ReviewChoice? Choice = null,
    [property: Id(2)] string? ParticipantId = null);
