namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// An activity a phone looks back at: the room's view of it and the participant's own part. Typed as
/// object so both reach the browser with their kind's own members.
/// </summary>
public sealed record LookBack(object View, object Contribution);
