namespace AntiLeadership.Live.Programme;

/// <summary>
/// Who facilitated what, kept with the team across its sessions: a turn is recorded when a facilitator
/// hands the role to a participant and again when it ends. Part of the team's programme, apart from the
/// team grain (members and keys) and from any one session. Keyed by the team id.
/// </summary>
public interface ITeamRotaGrain : IGrainWithStringKey, IForgettable, ISessionTraces
{
    /// <summary>
    /// Adds turns, or updates those already recorded (by <see cref="RotaEntry.EntryId"/>): a turn that has
    /// ended stays ended, so a late repeat of its start changes nothing. Answered once stored.
    /// </summary>
    Task Record(IReadOnlyList<RotaEntry> entries);

    /// <summary>Every turn kept, oldest first.</summary>
    Task<IReadOnlyList<RotaEntry>> GetRota();
}
