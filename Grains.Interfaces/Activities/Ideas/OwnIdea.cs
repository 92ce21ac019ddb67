namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>One of the participant's own entries, on their own devices only, with what the facilitator did with it.</summary>
[GenerateSerializer, Immutable]
public sealed record OwnIdea(
    [property: Id(0)] string EntryId,
    [property: Id(1)] string Text,
    [property: Id(2)] IdeaModeration Moderation);
