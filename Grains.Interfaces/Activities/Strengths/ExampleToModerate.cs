namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// An example text as the facilitator's console lists it for moderation: what it says, about whom and
/// which strength, never who wrote it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExampleToModerate(
    [property: Id(0)] string ExampleId,
    [property: Id(1)] string RecipientId,
    [property: Id(2)] string StrengthId,
    [property: Id(3)] string Text,
    [property: Id(4)] bool Hidden);
