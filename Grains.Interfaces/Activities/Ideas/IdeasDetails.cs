namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// The export's own part for an ideas activity: the prompt, the phase it reached, its groups and the
/// entries in no group (set-aside and removed ones left out), and, in a named activity only, each
/// person's entries and dots.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IdeasDetails(
    [property: Id(0)] string Prompt,
    [property: Id(1)] IdeasPhase Phase,
    [property: Id(2)] IReadOnlyList<IdeaGroupExport> Groups,
    [property: Id(3)] IReadOnlyList<string> Ungrouped,
    [property: Id(4)] IReadOnlyList<PersonIdeas>? People);
