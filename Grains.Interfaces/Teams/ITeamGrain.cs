namespace AntiLeadership.Live.Teams;

/// <summary>
/// One team, for as long as it keeps meeting: its name, the hash of its facilitator key, the people
/// who have joined it (so a phone is the same participant months later) and its sessions.
/// Keyed by the team id.
/// </summary>
public interface ITeamGrain : IGrainWithStringKey
{
    /// <summary>Founds the team. Repeating the same founding is harmless; a different one is refused.</summary>
    Task<CommandOutcome> Found(TeamFounding founding);

    /// <summary>Whether a facilitator key (given as its hash) steers this team.</summary>
    Task<bool> IsFacilitatorKey(string keyHash);

    /// <summary>Adds a participant, or renames them when the id is already theirs.</summary>
    Task<TeamMember> Enrol(string participantId, string credentialHash, string displayName);

    /// <summary>The member a participant credential belongs to, or null when it is not one of ours.</summary>
    Task<TeamMember?> FindMember(string participantId, string credentialHash);

    /// <summary>Records a session the team has started (idempotent).</summary>
    Task RecordSession(string sessionId, string title);

    Task<TeamView> GetView();
}
