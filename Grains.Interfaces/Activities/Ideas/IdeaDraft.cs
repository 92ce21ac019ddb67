namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// One of a participant's own entries as their phone sends it. The phone makes up <see cref="EntryId"/>
/// when the entry is first written (8 to 40 letters, digits, '-' or '_'), so sending the same list again
/// can never write an entry twice.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IdeaDraft(
    [property: Id(0)] string EntryId,
    [property: Id(1)] string Text);
