namespace AntiLeadership.Live.Teams;

/// <summary>
/// One team, for as long as it keeps meeting: its name, the hash of its facilitator key, the people
/// who have joined it (so a phone is the same participant months later) and its sessions.
/// Keyed by the team id.
/// </summary>
public interface ITeamGrain : IGrainWithStringKey, IForgettable
{
    /// <summary>
    /// Founds the team. Repeating the same founding is harmless (answered once the founding is stored);
    /// a different one is refused.
    /// </summary>
    Task<CommandOutcome> Found(TeamFounding founding);

    /// <summary>The facilitator key with this hash, or null when it is not (or no longer) one of ours.</summary>
    Task<FacilitatorKey?> FindFacilitatorKey(string keyHash);

    /// <summary>The team's facilitator keys that still work.</summary>
    Task<IReadOnlyList<FacilitatorKey>> GetFacilitatorKeys();

    /// <summary>Adds a co-facilitator key (given as its hash) with a label saying whose it is.</summary>
    Task<KeyOutcome> IssueFacilitatorKey(string label, string keyHash);

    /// <summary>
    /// Stops a key working, and closes every connection that uses it, before answering. A facilitator
    /// cannot revoke the key they are using (<paramref name="byKeyId"/>): they rotate it instead.
    /// </summary>
    Task<CommandOutcome> RevokeFacilitatorKey(string keyId, string byKeyId);

    /// <summary>Replaces a key with a new one (given as its hash) of the same label and standing; the old one stops at once.</summary>
    Task<KeyOutcome> RotateFacilitatorKey(string keyId, string newKeyHash);

    /// <summary>Removes a participant: their credential stops working and their connections close.</summary>
    Task<CommandOutcome> RemoveMember(string participantId);

    /// <summary>
    /// Adds a participant, or renames them when the id is already theirs. A name that breaks the rules
    /// (nothing visible, too long…), a name another current member has, or a full team, is refused and
    /// changes nothing. The name is stored normalised (see the answer's member); a member's own name,
    /// in any case, is always theirs.
    /// </summary>
    Task<Enrolment> Enrol(string participantId, string credentialHash, string displayName);

    /// <summary>The member a participant credential belongs to, or null when it is not one of ours.</summary>
    Task<TeamMember?> FindMember(string participantId, string credentialHash);

    /// <summary>Every member of the team (id and name), in the order of their names, for the team home and reports.</summary>
    Task<IReadOnlyList<TeamMember>> GetMembers();

    /// <summary>
    /// Makes a one-time recovery link for a member on a new device (given as the hash of its secret):
    /// it replaces any link issued before for them, and works once until <paramref name="expiresAt"/>.
    /// </summary>
    Task<CommandOutcome> IssueRecovery(string participantId, string secretHash, DateTimeOffset expiresAt);

    /// <summary>
    /// Redeems a recovery link: the member's credential becomes <paramref name="newCredentialHash"/> (the
    /// old device's stops working, its connections close) and the link is spent. Null when the link is
    /// unknown, spent, expired or was replaced.
    /// </summary>
    Task<TeamMember?> Recover(string participantId, string secretHash, string newCredentialHash);

    /// <summary>Records a session the team has started (idempotent).</summary>
    Task RecordSession(string sessionId, string title);

    Task<TeamView> GetView();

    /// <summary>
    /// Takes a deleted session off the team's list (harmless when it is not on it). Only the last step
    /// of deleting a session (see <c>TeamDeletion</c>): by then its grains are forgotten.
    /// </summary>
    Task ForgetSession(string sessionId);

    /// <summary>
    /// Turns automatic deletion on (days after the team's last session, <see cref="Retention.RetentionRules"/>)
    /// or off (null). Answered once stored and once the registry the sweep reads knows the new date.
    /// </summary>
    Task<CommandOutcome> SetRetention(int? days);

    /// <summary>The team's automatic deletion as it stands, or null when the team does not exist.</summary>
    Task<TeamRetention?> GetRetention();
}
