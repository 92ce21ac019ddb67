namespace AntiLeadership.Live;

/// <summary>
/// A grain of the team's programme (keyed by the team id) that keeps something of each session, and
/// lets it go when that session is deleted: what came from the session goes, the rest stays.
/// </summary>
public interface ISessionTraces : IGrainWithStringKey
{
    Task ForgetSession(string sessionId);
}
