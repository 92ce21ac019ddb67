namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// What a teammate sees in this participant. <see cref="From"/> is the giver's name in a named map and
/// null in an anonymous one ("someone sees … in you"): the giver's id is never part of it.
/// <see cref="Example"/> is null when there is none or the facilitator hid it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReceivedRecognition(
    [property: Id(0)] string StrengthId,
    [property: Id(1)] string? From,
    [property: Id(2)] string? Example);
