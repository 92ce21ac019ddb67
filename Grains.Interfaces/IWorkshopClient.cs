using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live;

/// <summary>
/// What the server pushes to every browser over SignalR. Each message is a whole, versioned snapshot:
/// a browser keeps the newest and ignores anything older, and gets the current ones on every (re)connect.
/// </summary>
public interface IWorkshopClient
{
    Task SessionChanged(SessionView view);

    /// <summary>Carries the runtime type of the view (each kind's own <see cref="ActivityView"/>), with its kind.</summary>
    Task ActivityChanged(object view);

    /// <summary>A participant's own <see cref="Contribution"/> of any kind, sent only to that participant's devices.</summary>
    Task ContributionChanged(object contribution);

    /// <summary>
    /// The whole session view (with names and undo), sent only to the devices of the participant the
    /// facilitator role is handed to: their phone is a console for as long as their turn lasts.
    /// </summary>
    Task ConsoleSessionChanged(SessionView view);

    /// <summary>The facilitator's view of an activity the participant holding the role steers (never another).</summary>
    Task ConsoleActivityChanged(object view);

    /// <summary>Sent to a connection just before the server closes it because its credential stopped working.</summary>
    Task CredentialRevoked(string message);
}
