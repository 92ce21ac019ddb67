namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// How many teammates recognised <see cref="StrengthId"/> in one person. In the audience's copy of an
/// anonymous map one or two is left out (null, "1–2"), as in every other count the room sees there.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StrengthTimes([property: Id(0)] string StrengthId, [property: Id(1)] int? Times);
