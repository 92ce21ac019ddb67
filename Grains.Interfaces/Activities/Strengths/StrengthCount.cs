namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// How present one strength is: <see cref="ChosenBySelf"/> people bring it by their own account, and
/// teammates recognised it <see cref="SeenByOthers"/> times. In the audience's copy of an anonymous map a
/// count of one or two people is left out (null): such a bucket could point at someone.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StrengthCount(
    [property: Id(0)] string StrengthId,
    [property: Id(1)] int? ChosenBySelf,
    [property: Id(2)] int? SeenByOthers);
