namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>The limits an ideas activity was set up with, as every screen needs them to explain what it allows.</summary>
[GenerateSerializer, Immutable]
public sealed record IdeasSettings(
    [property: Id(0)] int MaxEntriesPerPerson,
    [property: Id(1)] int MaxEntryLength,
    [property: Id(2)] bool ScreenBeforeReveal,
    [property: Id(3)] bool PhonesMayGroup,
    [property: Id(4)] int DotsPerPerson,
    [property: Id(5)] int MaxDotsPerItem);
