namespace AntiLeadership.Live.Programme;

/// <summary>
/// One item a team kept for its plan: its <see cref="Text"/>, where it came from (the activity, by id and
/// title, and the session) and when it was kept. <see cref="ItemId"/> is the item within its activity.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ShortlistItem(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string ItemId,
    [property: Id(2)] string Text,
    [property: Id(3)] string ActivityTitle,
    [property: Id(4)] string SessionId,
    [property: Id(5)] DateTimeOffset KeptAt);
