namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// A grouping change from a phone, carrying what it was made on, so two people grouping at once never
/// lose an entry: each of <see cref="Entries"/> is a place "entryId@groupId" (nothing after the '@' for
/// an entry in no group) saying where the mover saw the entry. <see cref="With"/> is where the entries go:
/// "entryId@groupId" (the same group as that entry; with nothing after the '@', a new group of both),
/// "@groupId" (into that group), "new" (a group of their own), or null (out of their groups). When an
/// entry is no longer where the mover saw it, the whole change is refused and nothing moves.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IdeaMove(
    [property: Id(0)] IReadOnlyList<string> Entries,
    [property: Id(1)] string? With = null);
