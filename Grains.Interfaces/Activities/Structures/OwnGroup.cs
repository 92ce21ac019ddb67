namespace AntiLeadership.Live.Activities.Structures;

/// <summary>
/// The group a participant is in for the step on now, as only its members see it: its number, the
/// names of the others ("find Sam and Ana"), what the group has to choose from and what it picked.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OwnGroup(
    [property: Id(0)] int Step,
    [property: Id(1)] int Number,
    [property: Id(2)] IReadOnlyList<string> Partners,
    [property: Id(3)] IReadOnlyList<OwnEntry> Candidates,
    [property: Id(4)] string? PickedEntryId);
