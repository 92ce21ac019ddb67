namespace AntiLeadership.Live.Activities;

/// <summary>
/// What a facilitator may take away from a culture-priorities vote: the full picture, and who placed
/// which dots only when the activity is named. In an anonymous activity <see cref="Ballots"/> is null,
/// so nothing exported from it can tie a dot to a person.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CulturePrioritiesResults(
    [property: Id(0)] CulturePrioritiesView View,
    [property: Id(1)] IReadOnlyList<ParticipantBallot>? Ballots);
