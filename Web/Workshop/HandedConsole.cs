using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// What a participant holding the facilitator role steers from: the whole session view and the
/// facilitator's view of the activity their turn covers (null when none is). Typed as object so the
/// activity reaches the browser with its kind's own members.
/// </summary>
public sealed record HandedConsole(SessionView Session, object? Activity);
