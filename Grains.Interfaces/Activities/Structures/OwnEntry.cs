namespace AntiLeadership.Live.Activities.Structures;

/// <summary>One of a participant's own entries (or one of their group's), with the step it was written in.</summary>
[GenerateSerializer, Immutable]
public sealed record OwnEntry(
    [property: Id(0)] string EntryId,
    [property: Id(1)] int Step,
    [property: Id(2)] string Text);
