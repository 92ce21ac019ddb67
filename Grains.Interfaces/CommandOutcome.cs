namespace AntiLeadership.Live;

/// <summary>
/// The answer to a facilitator command: either it was applied (and stored), or it was refused with a
/// message written for the person who pressed the button. A refusal never changes stored state.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CommandOutcome([property: Id(0)] bool Succeeded, [property: Id(1)] string? Rejection)
{
    public static CommandOutcome Done { get; } = new(true, null);

    public static CommandOutcome Refused(string why) => new(false, why);
}
