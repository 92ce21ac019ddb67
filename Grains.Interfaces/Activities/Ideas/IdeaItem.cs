namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// One thing the room groups and votes on: a group of entries (<see cref="IsGroup"/>, with an optional
/// <see cref="Name"/>) or an entry in no group (<see cref="ItemId"/> is then the entry's id).
/// <see cref="MoreEntries"/> says how many of a very large group's entries did not fit in this message.
/// <see cref="Dots"/> and <see cref="Voters"/> are filled once voting starts, for the room only once it is
/// over; in an anonymous activity one or two voters are never given as a number (<see cref="FewerThanThree"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IdeaItem(
    [property: Id(0)] string ItemId,
    [property: Id(1)] bool IsGroup,
    [property: Id(2)] string? Name,
    [property: Id(3)] IReadOnlyList<IdeaEntry> Entries,
    [property: Id(4)] int MoreEntries,
    [property: Id(5)] int? Dots,
    [property: Id(6)] int? Voters,
    [property: Id(7)] bool FewerThanThree);
