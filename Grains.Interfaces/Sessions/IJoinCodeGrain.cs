namespace AntiLeadership.Live.Sessions;

/// <summary>
/// Maps a short join code (the grain key) to the session it opens. A code is claimed once and never
/// points anywhere else afterwards, until its session is deleted and the code with it.
/// </summary>
public interface IJoinCodeGrain : IGrainWithStringKey, IForgettable
{
    /// <summary>Claims the code for a session; false when another session already holds it.</summary>
    Task<bool> Claim(string sessionId);

    /// <summary>The session this code opens, or null when the code is unknown or closed.</summary>
    Task<string?> FindSession();

    /// <summary>Stops the code from admitting anybody new.</summary>
    Task Close();
}
