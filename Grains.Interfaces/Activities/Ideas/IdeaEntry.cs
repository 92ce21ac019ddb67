namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>One entry as a screen shows it: its text, never its author. <see cref="SetAside"/> entries reach only the facilitator.</summary>
[GenerateSerializer, Immutable]
public sealed record IdeaEntry(
    [property: Id(0)] string EntryId,
    [property: Id(1)] string Text,
    [property: Id(2)] bool SetAside = false);
