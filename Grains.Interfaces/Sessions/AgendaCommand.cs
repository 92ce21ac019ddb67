namespace AntiLeadership.Live.Sessions;

/// <summary>
/// A facilitator's step on the session's agenda: one of <see cref="AgendaCommands"/>, about
/// <see cref="ActivityId"/> where it names an item. <see cref="ExpectedVersion"/> is the
/// <see cref="SessionView.StepVersion"/> the console showed when the button was pressed: when another
/// facilitator changed the agenda since, the command is refused instead of acting on a picture that
/// has moved on. Null skips the check (a script, or an older page).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgendaCommand(
    [property: Id(0)] string Name,
    [property: Id(1)] string? ActivityId = null,
    [property: Id(2)] int? Position = null,
    [property: Id(3)] int? Seconds = null,
    [property: Id(4)] long? ExpectedVersion = null);
