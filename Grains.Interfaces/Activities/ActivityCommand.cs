namespace AntiLeadership.Live.Activities;

/// <summary>
/// A facilitator's command to an activity. <see cref="Name"/> is one of <see cref="ActivityCommands"/>
/// or one of the kind's own; <see cref="Seconds"/>, <see cref="Target"/> (what the command is about,
/// such as an entry's id) and <see cref="Text"/> are filled as that command needs.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ActivityCommand(
    [property: Id(0)] string Name,
    [property: Id(1)] int? Seconds = null,
    [property: Id(2)] string? Target = null,
    [property: Id(3)] string? Text = null);
