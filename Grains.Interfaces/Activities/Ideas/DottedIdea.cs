namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>What an item the participant put dots on is called, so their phone can list it even when it is on another page.</summary>
[GenerateSerializer, Immutable]
public sealed record DottedIdea(
    [property: Id(0)] string ItemId,
    [property: Id(1)] string Label);
