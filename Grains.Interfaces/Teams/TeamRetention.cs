namespace AntiLeadership.Live.Teams;

/// <summary>
/// A team's automatic deletion: how many days after its last session it goes (null: never), and the
/// moment that makes (null when off). With no session yet, the days count from when it was set.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TeamRetention(
    [property: Id(0)] int? Days,
    [property: Id(1)] DateTimeOffset? DeleteAfter);
