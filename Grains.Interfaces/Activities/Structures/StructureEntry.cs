namespace AntiLeadership.Live.Activities.Structures;

/// <summary>
/// An entry as the room sees it: never who wrote it. <see cref="Marks"/> counts TRIZ's "we already do
/// this"; in an anonymous activity a count of one or two is left out and <see cref="FewerThanThree"/> set.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StructureEntry(
    [property: Id(0)] string EntryId,
    [property: Id(1)] int Step,
    [property: Id(2)] string Text,
    [property: Id(3)] int? Marks = null,
    [property: Id(4)] bool FewerThanThree = false);
