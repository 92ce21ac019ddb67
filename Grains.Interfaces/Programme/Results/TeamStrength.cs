namespace AntiLeadership.Live.Programme.Results;

/// <summary>
/// One strength of the team's map as it stands: how many people were seen with it (null with
/// <see cref="FewerThanThree"/> for one or two in an anonymous map), and who, by name, only from a named
/// map and only those who agreed to be shown there.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TeamStrength(
    [property: Id(0)] string Name,
    [property: Id(1)] int? Count,
    [property: Id(2)] bool FewerThanThree,
    [property: Id(3)] IReadOnlyList<string> People);
