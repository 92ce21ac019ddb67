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

    /// <summary>Carries the runtime type of the view (for example <see cref="CulturePrioritiesView"/>), with its kind.</summary>
    Task ActivityChanged(object view);

    /// <summary>Sent only to the participant it belongs to.</summary>
    Task BallotChanged(Ballot ballot);

    /// <summary>Sent to a connection just before the server closes it because its credential stopped working.</summary>
    Task CredentialRevoked(string message);
}
