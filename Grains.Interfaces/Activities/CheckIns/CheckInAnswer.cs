namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>One person's answer in a named check-in's export. <see cref="WordHidden"/>: the facilitator hid the word.</summary>
[GenerateSerializer, Immutable]
public sealed record CheckInAnswer(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Word,
    [property: Id(2)] int? Scale,
    [property: Id(3)] bool WordHidden);
