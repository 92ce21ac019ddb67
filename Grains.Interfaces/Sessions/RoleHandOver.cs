namespace AntiLeadership.Live.Sessions;

/// <summary>
/// A facilitator hands the facilitator role to <see cref="ParticipantId"/> (who must be in the session
/// with their phone connected): for the agenda item <see cref="ActivityId"/> only, or for the rest of the
/// session when it is null. <see cref="ExpectedVersion"/> is the <see cref="SessionView.StepVersion"/>
/// the console showed, as for agenda steps: another facilitator's step since refuses it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RoleHandOver(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] string? ActivityId = null,
    [property: Id(2)] long? ExpectedVersion = null);
