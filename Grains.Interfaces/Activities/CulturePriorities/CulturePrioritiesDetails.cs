namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>The export's own part for a culture-priorities vote: who placed which dots, only in a named vote.</summary>
[GenerateSerializer, Immutable]
public sealed record CulturePrioritiesDetails(
    [property: Id(0)] int DotsPerParticipant,
    [property: Id(1)] int DotsPlaced,
    [property: Id(2)] IReadOnlyList<VoterDots>? Ballots);
